import { generateFaq, type FaqFactsInput } from '@opvang/core/faq';
import { installFactsWriter } from './facts-writer.js';

// A side effect on purpose: importing this module is how a build opts into the `facts` source
// (see facts-writer.ts for why the writer is global). The core validates the facts first, so
// passing outside JSON through is safe.
installFactsWriter((facts, options) => generateFaq(facts as FaqFactsInput, options));
