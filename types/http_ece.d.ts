// http_ece (the library web-push uses to encrypt) ships no types; only what the push test uses.
declare module "http_ece" {
  import type { ECDH } from "node:crypto";
  type Params = { version: "aes128gcm"; privateKey: ECDH; authSecret: string };
  const ece: { decrypt(buffer: Buffer, params: Params): Buffer };
  export default ece;
}
