"use server";

import { db } from "@/lib/db";
import { userAction } from "@/lib/safe-action";
import { ZUpdateProfile } from "@/lib/schemas/profile";

// Name and phone (clause 3.2: registration data kept accurate). Each changed field leaves
// a history row with the old and new value, who changed it and from where. The answer
// carries the values as stored (trimmed, the phone as +7…), which the form then shows.
export const updateProfile = userAction(ZUpdateProfile, async (input, ctx) => {
  const saved = { name: input.name, phone: input.phone };
  const user = await db.user.findUniqueOrThrow({ where: { id: ctx.auth.user.id } });
  const changes = (["name", "phone"] as const)
    .filter((field) => user[field] !== input[field])
    .map((field) => ({
      userId: user.id,
      field,
      oldValue: user[field],
      newValue: input[field],
      changedById: ctx.auth.actor.id,
      ip: ctx.meta.ip,
    }));
  if (!changes.length) return { changed: 0, ...saved };
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { name: input.name, phone: input.phone } }),
    db.profileChange.createMany({ data: changes }),
  ]);
  await ctx.audit({ action: "profile.update", objectType: "user", objectId: user.id, details: { fields: changes.map((c) => c.field) } });
  return { changed: changes.length, ...saved };
});
