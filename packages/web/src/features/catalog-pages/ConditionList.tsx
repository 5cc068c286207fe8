import type { ExplainedCondition } from '@springplank/rules';
import { useExplorerTranslation } from '../explorer/i18n/namespace.ts';

/** A right's conditions in plain language, nested as in the rule, with their legal basis. */
export function ConditionList({ condition }: { condition: ExplainedCondition }) {
  const { t, lang } = useExplorerTranslation();
  const children = condition.children.map((c, i) => <ConditionList key={c.id ?? i} condition={c} />);
  if (condition.id === null) return <>{children}</>;
  return (
    <li>
      {condition.text?.[lang] ?? condition.id.replaceAll('-', ' ')}
      {condition.legal && <span className="muted"> ({t('catalogPages.legal', { article: condition.legal })})</span>}
      {children.length > 0 && <ul>{children}</ul>}
    </li>
  );
}
