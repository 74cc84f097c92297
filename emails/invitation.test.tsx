import { describe, expect, it } from "vitest";
import { render } from "@react-email/render";
import InvitationEmail from "./invitation";
import AddedToAccountEmail from "./added-to-account";

describe("the users' mail templates", () => {
  it("the invitation carries the activation link, the inviter and the subscriber, in HTML and text", async () => {
    const props = InvitationEmail.PreviewProps;
    const text = await render(<InvitationEmail {...props} />, { plainText: true });
    const html = await render(<InvitationEmail {...props} />);
    for (const part of [props.activationUrl, props.inviterName, props.subscriberName, props.accountNumber]) {
      expect(text).toContain(part);
      expect(html).toContain(part.replace(/"/g, "&quot;"));
    }
    expect(html).toContain('lang="ru"');
  });

  it("the added-to-account mail links to the login page, not to an activation", async () => {
    const props = AddedToAccountEmail.PreviewProps;
    const text = await render(<AddedToAccountEmail {...props} />, { plainText: true });
    expect(text).toContain(props.loginUrl);
    expect(text).not.toContain("/activate/");
    expect(text).toContain(props.subscriberName);
  });
});
