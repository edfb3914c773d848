import { randomUUID } from "node:crypto";
import type { Queryable } from "../client";
import { changeRequests, flareUpPlans } from "../schema";

type Ids = { clinicId: string; patientId: string; clinicianId: string };

/**
 * Change requests and flare-up plans on demo patients (issue 17): Olivia waits for an answer about walking,
 * James has a flare-up plan agreed in advance, and Grace's earlier request was declined with a message.
 */
export async function seedDemoPlanRequests(q: Queryable, email: string, ids: Ids): Promise<void> {
  const base = { clinicId: ids.clinicId, patientId: ids.patientId, clientId: randomUUID() };
  if (email === "olivia.chen@mail.example") {
    await q.insert(changeRequests).values({
      ...base,
      activityKey: "walking",
      activityName: "Walking",
      reason: "too_hard",
      suggestedAmount: 12,
      note: "My back aches after about 12 minutes, and more the next morning.",
      createdAt: new Date(Date.now() - 3 * 3_600_000),
    });
  }
  if (email === "grace.mensah@mail.example") {
    await q.insert(changeRequests).values({
      ...base,
      activityKey: "walking",
      activityName: "Walking",
      reason: "too_easy",
      suggestedAmount: 25,
      note: "I feel fine and would like to do more.",
      status: "declined",
      answerMessage: "Great to hear. Let's keep to the plan this week: it goes up on Friday anyway.",
      answeredById: ids.clinicianId,
      answeredAt: new Date(Date.now() - 2 * 86_400_000),
      createdAt: new Date(Date.now() - 3 * 86_400_000),
    });
  }
  if (email === "james.oneill@mail.example") {
    await q.insert(flareUpPlans).values({
      clinicId: ids.clinicId,
      patientId: ids.patientId,
      enabled: true,
      maxDays: 3,
      plan: "If your back flares up, keep to today's amounts for up to 3 days. Walk little and often, use heat, and call us if it is not easing by then.",
      updatedById: ids.clinicianId,
    });
  }
}
