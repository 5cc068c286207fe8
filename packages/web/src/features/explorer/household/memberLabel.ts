import type { TFunction } from 'i18next';
import type { Member } from '../state/answers.ts';

/**
 * How a member is named on screen: the role, numbered when several share it ("Kind 2"), with
 * the name the person typed, if any. The aanvrager with a name is just that name (in worker mode
 * "U" would name the worker, not the resident).
 */
export function memberLabel(member: Member, members: Member[], t: TFunction): string {
  if (member.role === 'aanvrager' && member.name.trim()) return member.name.trim();
  const same = members.filter((m) => m.role === member.role);
  const role = t(`roles.${member.role}`);
  const numbered = same.length > 1 ? `${role} ${same.indexOf(member) + 1}` : role;
  return member.name.trim() ? `${numbered} (${member.name.trim()})` : numbered;
}
