import { z } from "zod";
import { zId } from "./common";
import { zPageParam } from "./finance";

export const ZNoticeListParams = z.object({
  page: zPageParam,
  unread: z.enum(["1"]).optional().catch(undefined),
});
export type TNoticeListParams = z.output<typeof ZNoticeListParams>;

export const ZMarkNoticeRead = z.object({ accountId: zId, noticeId: zId });
export type TMarkNoticeRead = z.input<typeof ZMarkNoticeRead>;

export const ZMarkAllNoticesRead = z.object({ accountId: zId });
export type TMarkAllNoticesRead = z.input<typeof ZMarkAllNoticesRead>;
