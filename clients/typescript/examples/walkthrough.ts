// A small walk through the three typed clients, as an SPA would use them:
//   1. list a unit's shifts for a week (scheduling),
//   2. report an incident in that unit (incident safety),
//   3. identify a safety action plan for it and move the plan one step (IDENTIFIED -> ASSIGNED).
// Every path, parameter, body and answer below is checked by tsc against the committed specs; a
// renamed field or a removed endpoint fails the build, not the user.
//
// Run against the local launcher (deploy/local/run.sh --demo-data), e.g. with Node 22.6+:
//   CAREOPS_TOKEN=$(deploy/local/token.sh manager '*') CAREOPS_UNIT_ID=<a unit id> \
//     node --experimental-strip-types clients/typescript/examples/walkthrough.ts
import {
  createIncidentSafetyClient,
  createSchedulingClient,
  orThrow,
  ProblemError,
  type IncidentSafetySchemas,
} from "../src/index.ts";

declare const process: { env: Record<string, string | undefined>; exitCode?: number };

const token = () => process.env.CAREOPS_TOKEN ?? "";
const scheduling = createSchedulingClient({ baseUrl: process.env.CAREOPS_SCHEDULING_URL ?? "http://localhost:8081", token });
const incidents = createIncidentSafetyClient({ baseUrl: process.env.CAREOPS_INCIDENT_URL ?? "http://localhost:8082", token });

export async function walkthrough(unitId: string, weekStart: string, weekEnd: string): Promise<void> {
  // 1. The unit's shifts for the week, first page. `data` is PageShiftResponse; `error` a Problem.
  const { data: shifts, error } = await scheduling.GET("/api/v1/shifts", {
    params: { query: { unitId, from: weekStart, to: weekEnd, page: 0, size: 100 } },
  });
  if (error) {
    // Problem: type, title, status, detail, and errors[] of {field, message} for a 400.
    console.error(`Listing shifts failed: ${error.status} ${error.title}`, error.errors ?? []);
    return;
  }
  console.log(`${shifts.totalItems} shifts in unit ${unitId} from ${weekStart} to ${weekEnd}`);
  for (const shift of shifts.items) {
    // staffId is `string | null`: an open shift has nobody yet.
    console.log(`  ${shift.date} ${shift.startTime}-${shift.endTime} ${shift.status} ${shift.staffId ?? "(open)"}`);
  }
  const unit = orThrow(await scheduling.GET("/api/v1/units/{id}", { params: { path: { id: unitId } } }));

  // 2. Report an incident in that unit. The body is IncidentRequest; the answer is 201 with the incident.
  const report: IncidentSafetySchemas["IncidentRequest"] = {
    careHomeId: unit.careHomeId,
    unitId: unit.id,
    occurredOn: weekStart,
    occurredAt: "10:45",
    timeZone: "Europe/London",
    incidentType: "MED_ERROR_WRONG_DOSE",
    severity: "LOW_HARM",
    riskRating: "MODERATE",
    location: `${unit.name}, medication room`,
    description: "Evening paracetamol given at 1 g instead of the prescribed 500 mg; GP informed.",
  };
  const incident = orThrow(await incidents.POST("/api/v1/incidents", { body: report }));
  console.log(`Reported ${incident.reference} (${incident.status}); Care Inspectorate notification required: `
    + `${incident.notifications.careInspectorate.required}`);

  // 3. A safety action plan for it, then one move of its lifecycle.
  const plan = orThrow(await incidents.POST("/api/v1/action-plans", {
    body: {
      incidentId: incident.id,
      actionType: "CORRECTIVE",
      priority: "HIGH",
      problemStatement: "A dose was given from the wrong strength of stock.",
      actionDescription: "Separate 500 mg and 1 g stock; second check for every paracetamol dose for 4 weeks.",
    },
  }));
  console.log(`Plan ${plan.reference} is ${plan.status}; allowed next: ${plan.allowedTransitions.join(", ")}`);
  const moved = await incidents.POST("/api/v1/action-plans/{reference}/transitions", {
    params: { path: { reference: plan.reference } },
    body: { to: "ASSIGNED", owner: "Deputy manager", note: "Owner agreed at the daily huddle" },
  });
  if (moved.error) {
    // 409 when the lifecycle does not allow the move; 422 when a rule refuses it.
    console.error(`Move refused: ${moved.error.status} ${moved.error.detail ?? moved.error.title}`);
    return;
  }
  console.log(`Plan ${moved.data.reference} moved to ${moved.data.status}`);
}

const unitId = process.env.CAREOPS_UNIT_ID;
if (unitId) {
  walkthrough(unitId, process.env.CAREOPS_WEEK_START ?? "2026-08-03", process.env.CAREOPS_WEEK_END ?? "2026-08-09")
    .catch((failure: unknown) => {
      console.error(failure instanceof ProblemError ? failure.problem : failure);
      process.exitCode = 1;
    });
}
