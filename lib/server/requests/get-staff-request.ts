import "server-only";
import { db } from "@/lib/db";
import { assertStaff, type TStaffViewer } from "./assert-staff";
import { requestDetailInclude } from "./request-selects";

// One request for staff, with the account it came from.
export async function getStaffRequest(staff: TStaffViewer, id: string) {
  assertStaff(staff);
  return db.supportRequest.findUnique({
    where: { id },
    include: {
      ...requestDetailInclude,
      account: {
        select: {
          id: true,
          number: true,
          status: true,
          billingMethod: true,
          creditLimit: true,
          subscriber: { select: { name: true, taxId: true } },
        },
      },
    },
  });
}
