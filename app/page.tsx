import { redirect } from "next/navigation";
import { getActor, homePathFor } from "@/lib/auth/session";

export default async function Home() {
  const actor = await getActor();
  redirect(actor ? homePathFor(actor) : "/sign-in");
}
