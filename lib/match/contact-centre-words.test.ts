// A Dutch customer contact centre ("klantcontactcentrum", a council's "KCC") read as the contact centre itself, not
// the customer service function at large. The taxonomy and titles here are made up for the tests.
import { describe, expect, it } from 'vitest';
import { personasOf, sortedResolverFor } from '../../tests/persona-taxonomy';

describe('a Dutch customer contact centre in a title', () => {
  // An invented vendor of queue software for telephone and counter service.
  const queues = sortedResolverFor(
    personasOf([
      ['service-head', 'Customer service chief', ['Customer care head', 'Customer care VP']],
      ['centre', 'Contact center lead', ['Contact center head', 'Call center chief']],
      ['floor', 'Agent supervisor', ['Agent team lead', 'Agent group supervisor']],
    ]),
  );
  it('reads "klantcontactcentrum" and its short form "KCC" as the contact centre', () => {
    expect(queues('Manager klantcontactcentrum')).toEqual(['centre']);
    expect(queues('Klantcontactcenter manager')).toEqual(['centre']);
    expect(queues('Manager KCC Noord')).toEqual(['centre']);
  });
  it('leaves "klantcontact" alone the customer service function', () => {
    expect(queues('Manager klantcontact')).toEqual(['service-head']);
  });
});
