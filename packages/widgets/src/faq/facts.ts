import { generateFaq, type FaqFactsInput } from '@opvang/core/faq';
import { OpvangFaq } from './faq.js';

// A side effect on purpose: importing this module is how a build opts into the `facts` source.
// The core validates the facts first, so passing outside JSON through is safe.
OpvangFaq.factsWriter = (facts, options) => generateFaq(facts as FaqFactsInput, options);
