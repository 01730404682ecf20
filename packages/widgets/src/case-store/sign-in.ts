/** What decides whether a widget talks to a case server of its own, and with what. */
export interface SignInWiring {
  readonly caseStore: unknown;
  readonly store: string | undefined;
  readonly token: string | undefined;
  readonly credentials: string | undefined;
}

/**
 * Whether a widget's own case server (`store`, no `caseStore`) could only answer `401`: no
 * token, and no single sign-on cookie (`credentials="include"`). Such a widget asks nothing
 * and shows its sign-in form, so a page that opens before anyone signed in sends no request
 * that must fail (and the browser logs no 401s).
 *
 * @example
 * ```ts
 * mustSignIn({ caseStore: undefined, store: 'https://cases.example/api', token: undefined, credentials: undefined }); // true
 * mustSignIn({ caseStore: undefined, store: 'https://cases.example/api', token: undefined, credentials: 'include' }); // false
 * ```
 */
export function mustSignIn(wiring: SignInWiring): boolean {
  return (
    wiring.caseStore === undefined &&
    Boolean(wiring.store) &&
    !wiring.token &&
    wiring.credentials !== 'include'
  );
}
