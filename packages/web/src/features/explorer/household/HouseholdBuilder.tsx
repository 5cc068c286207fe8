import { MEMBER_ROLES, type MemberRole } from '@springplank/rules';
import { useExplorerTranslation } from '../i18n/namespace.ts';
import type { Member } from '../state/answers.ts';
import { memberLabel } from './memberLabel.ts';

/** Props of {@link HouseholdBuilder}. */
export interface HouseholdBuilderProps {
  members: Member[];
  onAdd(role: MemberRole): void;
  onRemove(id: string): void;
  onChange(member: Member): void;
}

// The aanvrager is the person the explorer is for; there is exactly one, so it is not offered.
const ADDABLE: MemberRole[] = MEMBER_ROLES.filter((r) => r !== 'aanvrager');

/**
 * The household builder: who lives with the person, each with a role. Members can be added,
 * renamed, given another role and removed; their answers go with them.
 */
export function HouseholdBuilder({ members, onAdd, onRemove, onChange }: HouseholdBuilderProps) {
  const { t } = useExplorerTranslation();
  const hasPartner = members.some((m) => m.role === 'partner');
  return (
    <section className="household" aria-labelledby="household-title">
      <h2 id="household-title">{t('household.title')}</h2>
      <p className="field-help">{t('household.intro')}</p>
      <ul className="household__list">
        {members.map((member) => {
          const label = memberLabel(member, members, t);
          return (
            <li key={member.id} className="household__member">
              <p className="household__label">{label}</p>
              <div className="household__fields">
                <div className="field">
                  <label htmlFor={`member-name-${member.id}`}>{t('household.name')}</label>
                  <input
                    id={`member-name-${member.id}`}
                    className="input"
                    value={member.name}
                    autoComplete="off"
                    maxLength={40}
                    onChange={(e) => onChange({ ...member, name: e.target.value })}
                  />
                </div>
                {member.role !== 'aanvrager' && (
                  <div className="field">
                    <label htmlFor={`member-role-${member.id}`}>{t('household.role')}</label>
                    <select
                      id={`member-role-${member.id}`}
                      className="input"
                      value={member.role}
                      onChange={(e) => onChange({ ...member, role: e.target.value as MemberRole })}
                    >
                      {ADDABLE.map((role) => (
                        <option key={role} value={role} disabled={role === 'partner' && hasPartner && member.role !== 'partner'}>
                          {t(`roles.${role}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
              </div>
              {member.role !== 'aanvrager' && (
                <button type="button" className="button button--secondary" onClick={() => onRemove(member.id)}>
                  {t('household.remove', { who: label })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <div className="household__add">
        {!hasPartner && (
          <button type="button" className="button button--secondary" onClick={() => onAdd('partner')}>
            {t('household.addPartner')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={() => onAdd('kind')}>
          {t('household.addChild')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onAdd('andere')}>
          {t('household.addOther')}
        </button>
      </div>
    </section>
  );
}
