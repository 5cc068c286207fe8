-- 006_outreach_partner: a contact via a partner names the partner organisation.
--
-- The worker reaches the household through another organisation of the werkingsgebied (a CAW,
-- a school, a dienst maatschappelijk werk…) that already knows it. Which one is part of the
-- action: a follow-up goes back to the same partner. Only a contact via a partner has one, and
-- it always has one (older rows of that kind, if any, keep null).

alter table outreach_actions
  add column partner_organisation_id integer references organisations (id),
  add constraint outreach_actions_partner_only check (partner_organisation_id is null or kind = 'partner');
