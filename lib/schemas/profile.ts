import { z } from "zod";
import { zEmail, zPersonName, zPhone } from "./common";
import { zToken } from "./activation";

export const ZUpdateProfile = z.object({ name: zPersonName, phone: zPhone });
export type TUpdateProfile = z.infer<typeof ZUpdateProfile>;

export const ZRequestEmailChange = z.object({ email: zEmail });
export type TRequestEmailChange = z.infer<typeof ZRequestEmailChange>;

export const ZTokenOnly = z.object({ token: zToken });
export type TTokenOnly = z.infer<typeof ZTokenOnly>;
