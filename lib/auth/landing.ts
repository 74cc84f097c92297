// Where a signed-in person lands who has no cabinet account to show: provider staff in
// their console, anyone else (a registered person without a contract) in the trial
// cabinet. Staff viewing a customer's cabinet are that customer here, so they stay in it.
export type TLandingAuth = { staffRole: string | null; impersonation: unknown };

export function landingWithoutAccount(auth: TLandingAuth): "/staff" | "/trial" {
  return auth.staffRole && !auth.impersonation ? "/staff" : "/trial";
}

// Whether this person belongs in the staff console rather than in a customer's screens.
export function isStaffConsoleUser(auth: TLandingAuth): boolean {
  return landingWithoutAccount(auth) === "/staff";
}
