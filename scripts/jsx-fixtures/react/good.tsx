// A correct use of every widget and its main properties in React's JSX; must type-check
// (scripts/jsx-types.test.mjs). The first import is the one line a consumer writes.
import type {} from '@opvang/widgets/jsx/react';
import type { ContactPointInput } from '@opvang/core/contact';
import type { Faq } from '@opvang/core/faq';
import type { OpvangContact, OpvangFaq } from '@opvang/widgets';
import { useRef } from 'react';

declare const faq: Faq;
declare const factsJson: string;
const contactPoint: ContactPointInput = {
  name: 'Contactpunt opvangcentrum',
  phone: '+32 2 123 45 67',
  openingHours: [{ days: ['monday', 'thursday'], opens: '09:00', closes: '12:00' }],
};

export function Page() {
  // The framework's own props still apply: ref, key, class, style (with the widgets' CSS
  // custom properties), DOM events, aria-* and data-*.
  const faqRef = useRef<OpvangFaq>(null);
  return (
    <main>
      <opvang-faq
        ref={faqRef}
        key="faq"
        id="faq"
        className="faq"
        style={{ '--opvang-color-accent': '#0b5394', marginTop: '1em' }}
        onClick={() => faqRef.current?.items}
        aria-label="Questions"
        data-section="faq"
        content={faq}
      />
      <meta name="description" content="React's own content attribute: still a string" />
      <div content="rdfa" />
      <opvang-faq content={faq} lang="fr" heading-level={2} structured-data update-hash={false} />
      <opvang-faq content='{"items": []}' />
      <opvang-faq src="/faq.json" headingLevel={3}>
        <a href="/faq">All questions</a>
      </opvang-faq>
      <opvang-faq facts={factsJson} lang="de" />
      <opvang-contact
        contactPoint={contactPoint}
        endpoint="https://gemeente.example/messages"
        min-fill-seconds={3}
        retryBaseMs={2000}
        send-timeout-ms={20000}
        lang="nl"
        onopvang-contact-submitted={(event) => {
          const id: string = event.detail.id;
          const replayed: boolean = event.detail.replayed;
          const element: OpvangContact = event.target;
          console.log(id, replayed, element.point);
        }}
        onopvang-contact-queued={(event) => console.log(event.detail.retryAt)}
        onopvang-contact-failed={(event) => console.log(event.detail.status, event.detail.issues)}
      >
        <p>Phone +32 2 123 45 67</p>
      </opvang-contact>
      <opvang-info-market
        start="2025-03-14T19:00"
        end="2025-03-14T21:00"
        place="Sporthal De Kouter"
        address="Kouterstraat 1, 9000 Gent"
        lang="en"
      />
    </main>
  );
}
