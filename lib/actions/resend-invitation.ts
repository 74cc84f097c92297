"use server";

import { accountAction } from "@/lib/safe-action";
import { ZMemberRef } from "@/lib/schemas/users";
import { resendInvitation } from "@/lib/server/users/resend-invitation";

// The owner sends a fresh activation link to a person who has not activated yet.
export const resendInvitationAction = accountAction("users.manage", ZMemberRef, resendInvitation);
