import type { Dataset } from '@shhk/sdk';

/**
 * Cross-record problems the per-record schemas cannot see: duplicate ids, and references to districts,
 * organisations, parent events and citations that do not exist. Returns one line per problem.
 */
export function referenceProblems(ds: Dataset): string[] {
  const problems: string[] = [];
  const resources = ['districts', 'events', 'incubators', 'organizations', 'policies', 'programs', 'talents', 'holidays'] as const;
  for (const resource of resources) {
    const seen = new Set<string>();
    ds[resource].forEach((record, i) => {
      if (seen.has(record.id)) problems.push(`${resource}[${i}].id: duplicate id "${record.id}"`);
      seen.add(record.id);
    });
  }
  const districts = new Set(ds.districts.map((d) => d.id));
  const orgs = new Set(ds.organizations.map((o) => o.id));
  const events = new Set(ds.events.map((e) => e.id));
  const district = (where: string, id: string | undefined): void => {
    if (id !== undefined && !districts.has(id)) problems.push(`${where}.districtId: unknown district "${id}"`);
  };
  const party = (where: string, id: string | undefined): void => {
    if (id !== undefined && !orgs.has(id)) problems.push(`${where}.id: unknown organisation "${id}"`);
  };
  ds.events.forEach((e, i) => {
    district(`events[${i}]`, e.districtId);
    e.organizers.forEach((o, j) => party(`events[${i}].organizers[${j}]`, o.id));
    if (e.parentId !== undefined && !events.has(e.parentId)) problems.push(`events[${i}].parentId: unknown event "${e.parentId}"`);
  });
  ds.incubators.forEach((x, i) => {
    district(`incubators[${i}]`, x.districtId);
    party(`incubators[${i}].operator`, x.operator?.id);
  });
  ds.organizations.forEach((o, i) => district(`organizations[${i}]`, o.districtId));
  ds.programs.forEach((p, i) => p.organizers.forEach((o, j) => party(`programs[${i}].organizers[${j}]`, o.id)));
  ds.policies.forEach((p, i) => {
    const cited = new Set(p.citations.map((c) => c.id));
    p.versions.forEach((v, j) => {
      for (const id of v.citationIds) if (!cited.has(id)) problems.push(`policies[${i}].versions[${j}].citationIds: unknown citation "${id}"`);
      v.parameters.forEach((param, k) => {
        for (const id of param.citationIds) if (!cited.has(id)) problems.push(`policies[${i}].versions[${j}].parameters[${k}].citationIds: unknown citation "${id}"`);
      });
    });
  });
  return problems;
}
