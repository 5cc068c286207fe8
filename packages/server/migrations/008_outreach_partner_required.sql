-- 008_outreach_partner_required: a new contact via a partner always names the partner.
--
-- 006 only forbade a partner on other kinds of contact; the API refused a partner contact
-- without one, but the database did not. NOT VALID: rows written before 006 (no partner column
-- then) stay as they are; every new or changed row is checked.

alter table outreach_actions
  add constraint outreach_actions_partner_required check (kind <> 'partner' or partner_organisation_id is not null) not valid;
