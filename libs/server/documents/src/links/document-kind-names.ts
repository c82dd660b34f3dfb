import { DOCUMENT_KIND_NAMES, type DocumentKind, type Locale } from '@accord/contracts';

const TEXT: Record<
  Locale,
  (url: string, until: string, items: string[]) => { sms: string; wechat: string; email: string }
> = {
  'zh-TW': (url, until, items) => ({
    sms: `【Accord】您好，請於 ${until} 前透過此連結上傳文件：${url} 尚缺：${items.join('、')}。`,
    wechat: `您好，我們正在為您與債權人協商。請於 ${until} 前點選以下連結上傳所需文件（手機拍照即可）：\n${url}\n目前尚缺：\n${items.map((i) => `・${i}`).join('\n')}\n如有問題請直接回覆此訊息。`,
    email: `您好：\n\n為繼續與債權人協商，請於 ${until} 前透過以下連結上傳文件：\n${url}\n\n目前尚缺：\n${items.map((i) => `- ${i}`).join('\n')}\n\n此連結僅供您本人使用，請勿轉寄。\n`,
  }),
  'zh-CN': (url, until, items) => ({
    sms: `【Accord】您好，请于 ${until} 前通过此链接上传文件：${url} 尚缺：${items.join('、')}。`,
    wechat: `您好，我们正在为您与债权人协商。请于 ${until} 前点击以下链接上传所需文件（手机拍照即可）：\n${url}\n目前尚缺：\n${items.map((i) => `・${i}`).join('\n')}\n如有问题请直接回复此消息。`,
    email: `您好：\n\n为继续与债权人协商，请于 ${until} 前通过以下链接上传文件：\n${url}\n\n目前尚缺：\n${items.map((i) => `- ${i}`).join('\n')}\n\n此链接仅供您本人使用，请勿转发。\n`,
  }),
  en: (url, until, items) => ({
    sms: `Accord: please upload your documents by ${until}: ${url} Still missing: ${items.join(', ')}.`,
    wechat: `Hello, we are negotiating with your creditors for you. Please upload the documents below by ${until} (a phone photo is fine):\n${url}\nStill missing:\n${items.map((i) => `• ${i}`).join('\n')}\nReply to this message with any question.`,
    email: `Hello,\n\nTo go on negotiating with your creditors, please upload your documents by ${until} here:\n${url}\n\nStill missing:\n${items.map((i) => `- ${i}`).join('\n')}\n\nThis link is for you alone; please do not forward it.\n`,
  }),
};

/** Ready-to-send texts (SMS, WeChat, e-mail) with the link and the papers still missing. */
export function uploadLinkMessages(locale: Locale, url: string, until: string, kinds: DocumentKind[]) {
  return TEXT[locale](
    url,
    until,
    kinds.map((k) => DOCUMENT_KIND_NAMES[locale][k]),
  );
}
