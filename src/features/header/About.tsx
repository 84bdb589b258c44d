import { useRef, useState } from 'react';
import { Info } from 'lucide-react';
import type { LoadedDataset } from '../../domain/indexes';
import { Dialog } from '../../components/Dialog';
import { contentLangOf } from '../../i18n/locales';
import { useI18n } from '../../i18n/useI18n';
import { ABOUT_SEEN, aboutSeen, writeEntry } from '../../store/persistence';

const rememberAboutSeen = () => writeEntry(ABOUT_SEEN, true);
import { datasetHeading } from '../../lib/datasetHeading';

/** The dataset's own introduction: the WPC text for the built-in timeline, else its description. */
export function DatasetIntro({ data, isBuiltIn }: { data: LoadedDataset; isBuiltIn: boolean }) {
  const { t } = useI18n();
  if (isBuiltIn) return <p>{t('header.intro1')}</p>;
  const text = data.dataset.description?.trim() ?? '';
  if (text === '') return null;
  const lang = contentLangOf(data.dataset.language);
  return (
    <>
      {text.split(/\n\s*\n/).map((para, i) => (
        <p key={i} lang={lang}>
          {para}
        </p>
      ))}
    </>
  );
}

/** What "About this timeline" says: the dataset's introduction, then how to read the chart. */
export function AboutContent({ data, isBuiltIn }: { data: LoadedDataset; isBuiltIn: boolean }) {
  const { t } = useI18n();
  return (
    <div className="about">
      <DatasetIntro data={data} isBuiltIn={isBuiltIn} />
      <h3 className="about__subheading">{t('about.howToHeading')}</h3>
      <p>{t('about.howTo')}</p>
      <h3 className="about__subheading">{t('about.keysHeading')}</h3>
      <p>{t('chart.hint')}</p>
      <p className="about__note">{t('page.footer')}</p>
    </div>
  );
}

/** The app bar's About button: the whole introduction in a dialog. */
export function AboutButton({ data, isBuiltIn }: { data: LoadedDataset; isBuiltIn: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const heading = datasetHeading(
    data,
    isBuiltIn ? { title: t('header.title'), subtitle: t('header.subtitle') } : null,
  );
  return (
    <>
      <button
        ref={button}
        type="button"
        className="appbar__about"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <Info size={18} aria-hidden="true" />
        <span className="appbar__about-label">{t('about.button')}</span>
      </button>
      {open && (
        <Dialog
          title={t('about.dialogTitle', { title: heading.title })}
          onClose={() => {
            setOpen(false);
            rememberAboutSeen();
            button.current?.focus();
          }}
        >
          <AboutContent data={data} isBuiltIn={isBuiltIn} />
        </Dialog>
      )}
    </>
  );
}

/**
 * On a reader's first visit, a short "About this timeline" card at the top of the side panel,
 * beside the chart (never above it). Closing it is remembered; the About button reopens it.
 */
export function FirstVisitAbout({ data, isBuiltIn }: { data: LoadedDataset; isBuiltIn: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(() => !aboutSeen());
  if (!open) return null;
  return (
    <section className="about-card" aria-labelledby="about-card-heading">
      <h2 id="about-card-heading" className="about-card__heading">
        {t('about.cardHeading')}
      </h2>
      <DatasetIntro data={data} isBuiltIn={isBuiltIn} />
      <p className="about-card__hint">{t('about.cardHint')}</p>
      <button
        type="button"
        className="about-card__close"
        onClick={() => {
          rememberAboutSeen();
          setOpen(false);
        }}
      >
        {t('about.cardClose')}
      </button>
    </section>
  );
}
