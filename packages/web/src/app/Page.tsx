import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// The first page of a visit keeps the browser's natural focus (top of the document); every later
// page moves focus to its heading so screen-reader and keyboard users land on the new content.
let firstPageShown = false;

/** Props of {@link Page}. */
export interface PageProps {
  /** The page's heading; also the first part of the document title. */
  title: string;
  children?: ReactNode;
}

/**
 * Frame of every routed page: one `<h1>`, the document title ("<title> – Springplank") and focus
 * management after a route change.
 */
export function Page({ title, children }: PageProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [t, title]);

  useEffect(() => {
    if (firstPageShown) heading.current?.focus();
    firstPageShown = true;
  }, []);

  return (
    <div className="page">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}
