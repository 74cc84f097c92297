import { createElement, type FunctionComponent } from "react";
import { render } from "@react-email/render";
import { describe, expect, it } from "vitest";
import ActivationEmail from "./activation";
import AlreadyRegisteredEmail from "./already-registered";
import EmailChangeEmail from "./email-change";
import EmailChangedEmail from "./email-changed";
import PasswordChangedEmail from "./password-changed";
import PasswordResetEmail from "./password-reset";
import LoginLockedEmail from "./login-locked";

const templates = [ActivationEmail, AlreadyRegisteredEmail, PasswordResetEmail, PasswordChangedEmail, LoginLockedEmail, EmailChangeEmail, EmailChangedEmail] as const;

describe("the mail templates of the sign-in flows", () => {
  for (const template of templates) {
    it(`${template.name} renders its preview to HTML and to text`, async () => {
      const component = template as unknown as FunctionComponent<object>;
      const html = await render(createElement(component, template.PreviewProps));
      const text = await render(createElement(component, template.PreviewProps), { plainText: true });
      expect(html).toContain('lang="ru"');
      expect(text).toContain((template.PreviewProps as { copy: { heading: string } }).copy.heading.toUpperCase());
      // Every link the mail carries is readable in the text version too (the dev outbox
      // and the e2e fixtures read links from it).
      for (const url of html.match(/href="(https?:[^"]+)"/g) ?? []) expect(text).toContain(url.slice(6, -1));
    });
  }
});
