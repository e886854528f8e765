// Function words of German, French, Spanish, Italian, Dutch and Portuguese: a closed class (articles, prepositions and
// their contractions, conjunctions, pronouns and determiners, the auxiliaries' and copulas' common forms, negation),
// written as `words()` reads them (lower case, accents off: "für" is "fur", "não" is "nao"). From the grammar of each
// language, not from any library: a library that carries content in several languages has these words on its assets,
// and they say nothing of which segment or pain an asset is about.
import { numberWords } from './numbers';

const GERMAN = `der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines
und oder aber denn sondern sowie doch als wie wenn weil dass ob obwohl damit
fur mit von vom zu zum zur bei beim aus nach seit uber unter vor hinter neben zwischen durch gegen ohne um bis auf
an am im in ins ab pro laut wahrend wegen trotz statt innerhalb ausserhalb
ich du er sie es wir ihr mich dich sich uns euch ihm ihn ihnen mir dir
mein meine meinen meinem meiner dein deine sein seine seinen seinem seiner ihre ihren ihrem ihrer unser unsere
unseren unserem unserer euer eure dieser diese dieses diesen diesem jener jene welche welcher welches welchen man
ist sind war waren bin bist seid hat haben habe hast hatte hatten wird werden wurde wurden worden kann konnen
konnte muss mussen musste soll sollen sollte will wollen wollte darf durfen nicht`;

const FRENCH = `le la les un une des du de au aux et ou mais donc ni car que qui quoi dont ce cet cette ces
pour par sur sous dans avec sans chez entre vers contre depuis pendant selon avant apres envers parmi
je tu il elle on nous vous ils elles me te se lui leur leurs mon ma mes ton ta tes son sa ses notre nos votre vos
celui celle ceux celles lequel laquelle lesquels
est sont etait etaient ete etre suis sommes etes ai as avons avez ont avait avaient avoir sera seront serait
ne pas`;

const SPANISH = `el la los las un una unos unas del al de en con sin por para sobre entre hasta desde hacia contra segun
tras bajo ante mediante durante y e o u ni pero sino que porque como cuando donde
yo tu ella ellos ellas nosotros nosotras vosotros usted ustedes me te se le les lo nos mi mis su sus tus nuestro
nuestra nuestros nuestras este esta estos estas ese esa esos esas eso esto aquel aquella cual cuales
es son era eran fue fueron ser estar estan estamos estaba ha han hemos habia hay tiene tienen tenemos no`;

const ITALIAN = `il lo la gli le un uno una di del dello della dei degli delle al allo alla ai agli alle da dal dallo
dalla dai dagli dalle nel nello nella nei negli nelle con col su sul sullo sulla sui sugli sulle per tra fra
verso senza presso
e ed o od ma che chi cui perche come quando dove anche
io tu lui lei noi voi loro mi ti ci vi si suo sua suoi sue mio mia miei mie nostro nostra nostri nostre vostro vostra
questo questa questi queste quello quella quelli quelle
sono sei siamo siete era erano stato stata stati state essere avere ho hai abbiamo hanno aveva avevano sara non`;

const DUTCH = `de het een der des den van voor met aan uit bij naar over tot tegen zonder onder tussen achter boven
door langs sinds tijdens volgens per om op in te
en of maar dus want omdat als dan dat die deze dit wie wat waar welke
ik jij je hij zij ze wij we jullie u hun hen haar hem mij me mijn jouw zijn onze ons uw
ben bent is was waren heeft hebben heb had hadden wordt worden werd werden kan kunnen kon zal zullen zou moet moeten
niet geen`;

const PORTUGUESE = `o a os as um uma uns umas de do da dos das em no na nos nas por pelo pela pelos pelas para com sem sob
entre ate desde contra sobre perante apos
e ou mas nem que porque como quando onde
eu tu ele ela eles elas nos voce voces lhe lhes meu minha meus minhas seu sua seus suas nosso nossa nossos nossas
este esta estes estas isto esse essa esses essas isso aquele aquela aquilo
ser estar sou somos sao era eram foi foram ter tem temos tinha tinham esta estao nao`;

/** Function words of those lists that are also English words a note uses as such ("car", "van", "die", "state" of
 * Italian's "essere", "per", "door", "bin", "non" of "non-stick", "pro", "ton", "par", "hay"): they stay words. */
const ENGLISH_HOMOGRAPHS = new Set(
  `car van die war will man hat bin son con come per door want state mis pro non era sin ate tot den hem ton par bent
  over was is me we as on in to do be had has also est sole ins hay`.split(/\s+/),
);

/** Portuguese function words that are no Spanish, French or Italian one, nor an English homograph, nor a single letter
 * ("nao", "com", "uma", "pelo", "temos"; not "a", "mas", which Spanish says too): a sentence with one reads as Portuguese,
 * where "dos" is "of the" ("a gestao dos armazens"), not Spanish two (resolve.ts, pains-across-many). */
export const PORTUGUESE_OWN_WORDS: ReadonlySet<string> = new Set(
  PORTUGUESE.split(/\s+/).filter((w) => w.length > 1 && w !== 'mas' && !ENGLISH_HOMOGRAPHS.has(w) && ![SPANISH, FRENCH, ITALIAN].some((list) => list.split(/\s+/).includes(w))),
);

/** The six languages' function words, each as `words()` reads it, without the English homographs. */
export const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [GERMAN, FRENCH, SPANISH, ITALIAN, DUTCH, PORTUGUESE].flatMap((list) => list.split(/\s+/).filter((w) => w && !ENGLISH_HOMOGRAPHS.has(w))),
);

/** English contractions as `words()` reads them, the apostrophe dropped ("don't" is "dont"): the English stop list
 * holds them only with it. */
export const ENGLISH_CONTRACTIONS: ReadonlySet<string> = new Set(
  `dont doesnt didnt isnt arent wasnt werent cant couldnt wont wouldnt shouldnt hasnt havent hadnt mustnt neednt
  im ive youre youve theyre theyve weve whats thats theres heres lets`.split(/\s+/),
);

/** A word of a closed class that says nothing of a segment or a pain: a function word of the six languages or an English
 * contraction without its apostrophe. */
export const isClosedWord = (word: string): boolean => FOREIGN_FUNCTION_WORDS.has(word) || ENGLISH_CONTRACTIONS.has(word);

/** English words of a closed class the English stop list lacks: prepositions ("via", "across", "within", "near"),
 * negation ("not", "nor", "none"), quantifiers and degree words ("every", "few", "less", "enough", "several"), the
 * auxiliary's forms ("does", "doing"), conjunctions ("unless", "whether") and question words ("why", "when"). A
 * taxonomy's label may hold one ("Not enough leads", "Gaps across depots"): it says how much or where, not which pain,
 * so it counts for that pain no more than the label's other words said (`libraryWordSums`); one an asset's title gives
 * a pain is capped the same way where the stemmer leaves the word whole (not "every", whose stem is "everi"). Not here: "per", whose rate ("a rate per visit") a label names with it, and the indefinite pronouns ("everyone",
 * "everything"), which stand for the very object a label speaks of; nor "behind" and "without", which a label may
 * name as what hurts ("Pruning rounds running behind", "Crews working without drawings"). */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `via across within against toward towards among amongst upon onto despite near beside besides beyond
  below above around along throughout inside outside underneath beneath amid versus
  not nor none neither either every few fewer least less enough several whatever whichever
  whose whom does doing shall cannot unless until whether though although whereas why when
  whenever wherever however`.split(/\s+/).filter(Boolean),
);

/** The six languages' numerals from two to twelve and their words of quantity ("each", "all", "several", "both",
 * "about" a number: German "etwa", Spanish "aproximadamente", Dutch "ongeveer"), written as `words()` reads them.
 * A closed class from each language's grammar, as the function words above: they count or measure what a note speaks
 * of and never say which segment a business is in, yet a library that carries content in those languages has them on
 * a few assets ("chaque jeudi", "deux sites"), where they would speak for those assets' segment by chance. The list is
 * applied to every word in every language, so it holds no word that is also an English word or a content word in
 * any of the seven languages (review mend): not "once", "six", "due", "doze", "sept", "elf", "elk", "circa",
 * "environ", "beaucoup", "tutti", "allen" (English), nor French "neuf" (new) and "dos" (back), Portuguese "doce"
 * (sweet), Dutch "rund" (cattle), German "sieben" and Dutch "zeven" (to sieve), "acht" (heed), Italian "sei" (you
 * are) and "sete" (silks, thirst), though Portuguese seven. German "rund", French "environ" and "circa" count only
 * before a number (ABOUT_BEFORE_A_NUMBER). */
const QUANTITY_WORDS = `jeder jede jedes jeden jedem alle viele wenige einige mehrere beide beiden etwa ungefahr
chaque tous toute toutes plusieurs quelques
cada todos todas varios varias algunos algunas muchos muchas aproximadamente ambos ambas
ogni tutte alcuni alcune molti molte entrambi
elke ieder iedere enkele sommige ongeveer
alguns algumas muitos muitas`;
/** The numerals, two to twelve of the six languages in the one table of number words, but the words named above. */
const QUANTITY_NUMERALS = numberWords({
  values: (v) => v >= 2 && v <= 12,
  languages: 'dfsinp',
  forms: ['plain'],
  except: ['six', 'due', 'doze', 'sept', 'elf', 'once', 'neuf', 'dos', 'doce', 'sieben', 'zeven', 'acht', 'sei', 'sete'],
}).keys();

export const FOREIGN_QUANTITY_WORDS: ReadonlySet<string> = new Set([...QUANTITY_NUMERALS, ...QUANTITY_WORDS.split(/\s+/).filter(Boolean)]);

/** "About" a number, said before it: German "rund 40", French "environ 30", "circa 20" (Italian, English, German).
 * Each is another word elsewhere (Dutch "rund", cattle; German "rund", round; English "environ", to encircle), so it
 * counts as a word of quantity only where a number, in digits or words, follows it. */
export const ABOUT_BEFORE_A_NUMBER: ReadonlySet<string> = new Set(['rund', 'environ', 'circa']);
/** Words after which ABOUT_BEFORE_A_NUMBER's word is the noun it also is, not "about": Dutch articles, determiners and
 * prepositions before "rund" (cattle: "per rund 40 euro voer", "elk rund 2 keer gewogen"); none of them German, so "mit
 * rund 40 Kühen" stays "about". */
export const NOUN_AFTER: Readonly<Record<string, ReadonlySet<string>>> = {
  rund: new Set(['het', 'de', 'een', 'per', 'elk', 'elke', 'ieder', 'iedere', 'welk', 'dit', 'dat', 'ons', 'onze', 'van', 'op', 'voor', 'met', 'aan', 'naar']),
};
