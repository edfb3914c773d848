"use server";

import { revalidatePath } from "next/cache";
import { patientFormAction } from "@/lib/actions/define-action";
import { sendMessage } from "@/lib/messages/send-message";
import { map } from "@/lib/result/result";
import { messageInput } from "@/lib/validation/message";

/** The care team's reply in the patient's thread (clinicians and admins of the patient's clinic). */
export const sendMessageAction = patientFormAction({ input: messageInput }, async (ctx, message) =>
  map(await sendMessage(ctx, { patientId: ctx.patientId, message }), () => {
    revalidatePath(`/patients/${ctx.patientId}`);
    return { status: "success" as const, message: "Reply sent." };
  }),
);
