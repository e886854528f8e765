import { render } from 'preact';
import { App } from './App';

// Loaded by first-paint.ts once the first paint is on screen; App replaces it when it can show as much.
render(<App />, document.getElementById('app')!);
