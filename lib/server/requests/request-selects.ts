import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// What the request pages show: the thread with its authors and attachments, and a
// service-change request's change. Shared by the customer's and the staff's reads.
export const requestDetailInclude = {
  createdBy: { select: { id: true, name: true } },
  assignee: { select: { id: true, name: true } },
  messages: {
    // Two messages written in one millisecond (a change and its decision) keep their order
    // on PostgreSQL too, which has no rowid to fall back on: ids (cuid) grow with time.
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: {
      author: { select: { id: true, name: true } },
      attachments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, fileName: true, mimeType: true, size: true, scanStatus: true, createdAt: true },
      },
    },
  },
  serviceChanges: {
    orderBy: { createdAt: "asc" },
    include: {
      tariff: { include: { service: true } },
      subscription: { include: { tariff: { include: { service: true } } } },
    },
  },
} satisfies Prisma.SupportRequestInclude;

export type TRequestDetail = Prisma.SupportRequestGetPayload<{ include: typeof requestDetailInclude }>;

export const requestRowSelect = {
  id: true,
  number: true,
  topic: true,
  subject: true,
  status: true,
  dueAt: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { messages: true } },
} satisfies Prisma.SupportRequestSelect;

export const PAGE_SIZE = 50;
