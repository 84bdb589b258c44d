/**
 * An event's media in the details panel: always a link; and its picture (the image, the
 * file's thumbnail, or a YouTube video's still) with caption, credit and alt text, once the
 * reader agreed to pictures from the dataset's sites. Before that, nothing is requested from
 * another site: the panel asks, naming the sites. No third-party iframe is ever made.
 */
import { useState } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import type { DatedEvent } from '../../domain/types';
import { hostOf, pictureOf } from '../../lib/media';
import { listHosts } from '../../lib/imageConsent';
import { safeHref } from '../../lib/safeHref';
import { useI18n } from '../../i18n/useI18n';
import { currentLocation } from '../../store/browserUrl';
import { useImageConsent, type ImageConsent } from './useImageConsent';

type Media = NonNullable<DatedEvent['media']>;

function sameOrigin(src: string): boolean {
  try {
    return new URL(src).origin === currentLocation().origin;
  } catch {
    return false;
  }
}

/** The question, or (after a no) a line that says the pictures are hidden and offers them. */
function ConsentPrompt({ consent }: { consent: ImageConsent }) {
  const i18n = useI18n();
  const { t } = i18n;
  const sites = listHosts(consent.hosts, i18n.intl, (count) =>
    t('details.imagesMoreSites', { count }),
  );
  if (consent.status === 'refused') {
    return (
      <p className="details__consent details__consent--refused">
        {t('details.imagesHidden', { sites })}{' '}
        <button type="button" onClick={consent.allow}>
          {t('details.imagesShow')}
        </button>
      </p>
    );
  }
  return (
    <div className="details__consent" role="group" aria-labelledby="image-consent-question">
      <p id="image-consent-question">{t('details.imagesAsk', { sites })}</p>
      <p className="details__consent-note">{t('details.imagesNote')}</p>
      <p className="details__consent-actions">
        <button type="button" onClick={consent.allow}>
          {t('details.imagesShow')}
        </button>
        <button type="button" onClick={consent.refuse}>
          {t('details.imagesRefuse')}
        </button>
      </p>
    </div>
  );
}

interface MediaFigureProps {
  data: LoadedDataset;
  media: Media;
  /** The event's title, for alt text when the file gives none. */
  title: string;
  lang: string;
}

export function MediaFigure({ data, media, title, lang }: MediaFigureProps) {
  const { t } = useI18n();
  const consent = useImageConsent(data);
  const [broken, setBroken] = useState<string | null>(null);
  const href = safeHref(media.url);
  const host = hostOf(media.url);
  const picture = pictureOf(media);
  const mayShow = picture !== null && (sameOrigin(picture.src) || consent.status === 'allowed');
  const asks =
    picture !== null && !mayShow && (consent.status === 'ask' || consent.status === 'refused');
  const shown = mayShow && broken !== picture.src ? picture : null;
  const alt =
    media.alt ??
    media.caption ??
    (picture?.isThumbnail
      ? t('details.pictureStillAlt', { title })
      : t('details.pictureAlt', { title }));
  return (
    <figure className="details__media">
      {asks && <ConsentPrompt consent={consent} />}
      {shown && (
        <img
          className="details__picture"
          src={shown.src}
          alt={alt}
          lang={(media.alt ?? media.caption) ? lang : undefined}
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
          onError={() => setBroken(shown.src)}
        />
      )}
      {(media.caption ?? media.credit) && (
        <figcaption lang={lang}>
          {media.caption}
          {media.caption && media.credit ? ' — ' : ''}
          {media.credit}
        </figcaption>
      )}
      <p className="details__media-actions">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {host ? t('details.openMediaHost', { host }) : t('details.openMedia')}
            <span className="visually-hidden">{t('details.newTab')}</span>
          </a>
        ) : null}
        {mayShow && !sameOrigin(picture.src) && (
          <button type="button" className="details__hide-images" onClick={consent.refuse}>
            {t('details.imagesHide')}
          </button>
        )}
      </p>
    </figure>
  );
}
