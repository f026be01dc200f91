// Entry of the bundled command (scripts/build-cli.mjs builds out/cli/trainwright.mjs from it).
// zod compiles each object schema into a specialised parser on first use (`new Function`); that pays off
// over thousands of parses, but one command run parses each schema a few times, so start-up is faster
// with the interpreted parser. It must be set before any schema is built, so this import comes first.
import './zodInterpreted';

export { main } from './main';
