import { Link } from 'react-router';
import type { Catalog } from '@springplank/rules';
import { useExplorerTranslation } from '../explorer/i18n/namespace.ts';
import { linkedRights } from './conditionTree.ts';

const BOX_W = 200;
const BOX_H = 44;
const GAP = 12;

/**
 * The linked rights as a small graph: the rights this right derives from on the left, the
 * right in the middle, the rights it opens on the right. Every box is a link, and the same
 * links are listed as text for screen readers and narrow screens.
 */
export function RightGraph({ catalog, id }: { catalog: Catalog; id: string }) {
  const { t, lang } = useExplorerTranslation();
  const { dependsOn, opens } = linkedRights(catalog, id);
  if (!dependsOn.length && !opens.length) return <p>{t('catalogPages.noLinks')}</p>;
  const rows = Math.max(dependsOn.length, opens.length, 1);
  const height = rows * (BOX_H + GAP);
  const name = (rid: string) => catalog.rights.get(rid)?.name[lang] ?? rid;
  const centerY = height / 2 - BOX_H / 2;
  const column = (ids: string[], x: number) =>
    ids.map((rid, i) => {
      const y = (height - ids.length * (BOX_H + GAP)) / 2 + i * (BOX_H + GAP);
      return { rid, x, y };
    });
  const left = column(dependsOn, 0);
  const right = column(opens, 2 * (BOX_W + 40));
  const box = (rid: string, x: number, y: number, current = false) => (
    <g key={`${rid}-${x}`}>
      <rect x={x} y={y} width={BOX_W} height={BOX_H} rx={6} className={current ? 'graph__box graph__box--current' : 'graph__box'} />
      <text x={x + 8} y={y + BOX_H / 2 + 4} className="graph__label">
        {name(rid).length > 28 ? `${name(rid).slice(0, 27)}…` : name(rid)}
      </text>
    </g>
  );
  const middleX = BOX_W + 40;
  return (
    <figure className="graph">
      <svg viewBox={`0 0 ${3 * BOX_W + 80} ${height}`} role="img" aria-labelledby="graph-caption" className="graph__svg">
        {left.map((b) => (
          <line key={`l-${b.rid}`} x1={b.x + BOX_W} y1={b.y + BOX_H / 2} x2={middleX} y2={centerY + BOX_H / 2} className="graph__edge" />
        ))}
        {right.map((b) => (
          <line key={`r-${b.rid}`} x1={middleX + BOX_W} y1={centerY + BOX_H / 2} x2={b.x} y2={b.y + BOX_H / 2} className="graph__edge" />
        ))}
        {left.map((b) => box(b.rid, b.x, b.y))}
        {box(id, middleX, centerY, true)}
        {right.map((b) => box(b.rid, b.x, b.y))}
      </svg>
      <figcaption id="graph-caption">{t('catalogPages.graphCaption', { name: name(id) })}</figcaption>
      {dependsOn.length > 0 && (
        <>
          <p>{t('catalogPages.dependsOn')}</p>
          <ul>
            {dependsOn.map((rid) => (
              <li key={rid}>
                <Link to={`/rechten/${rid}`}>{name(rid)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {opens.length > 0 && (
        <>
          <p>{t('catalogPages.opens')}</p>
          <ul>
            {opens.map((rid) => (
              <li key={rid}>
                <Link to={`/rechten/${rid}`}>{name(rid)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </figure>
  );
}
