import { useI18n } from '../i18n/use-i18n';

export const MAIN_CONTENT_ID = 'main-content';

/** The first stop for keyboard users: jumps past the header and menu. Not a hash link, so the router is not disturbed. */
export function SkipLink() {
  const { t } = useI18n();
  return (
    <a
      className="skip-link"
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_CONTENT_ID)?.focus();
      }}
    >
      {t.shell.skipToContent}
    </a>
  );
}
