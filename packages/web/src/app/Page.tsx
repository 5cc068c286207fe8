import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';

// The page the visit started on keeps the browser's natural focus (top of the document); after
// every route change focus moves to the new page's heading, so screen-reader and keyboard users
// land on the new content. A history entry is known by its key.
const entryKeyAtStart: unknown = (window.history.state as { key?: unknown } | null)?.key ?? 'default';

/** Props of {@link Page}. */
export interface PageProps {
  /** The page's heading; also the first part of the document title. */
  title: string;
  /**
   * A different first part for the document title, for headings that name a resident: browser
   * history and tab lists must not keep personal data.
   */
  documentTitle?: string;
  children?: ReactNode;
}

/**
 * Frame of every routed page: one `<h1>`, the document title ("<title> – Springplank") and focus
 * management after a route change.
 */
export function Page({ title, documentTitle, children }: PageProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    document.title = t('app.documentTitle', { page: documentTitle ?? title });
  }, [t, title, documentTitle]);

  useEffect(() => {
    if (key !== entryKeyAtStart) heading.current?.focus();
  }, [key]);

  return (
    <div className="page">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}
