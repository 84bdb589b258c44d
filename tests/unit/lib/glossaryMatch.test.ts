import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../src/domain/indexes';
import type { Dataset } from '../../../src/domain/types';
import {
  buildGlossaryMatcher,
  findGlossaryTerms,
  glossaryOccurrences,
  markGlossaryTerms,
  type GlossaryEntry,
} from '../../../src/lib/glossaryMatch';
import { SCHEMA_VERSION } from '../../../src/domain/schemaVersion';

const entries: GlossaryEntry[] = [
  {
    id: 'g-sps',
    term: 'Software + Services',
    aliases: ['S+S', 'Software plus Services'],
    definition: 'Installed software paired with online services.',
  },
  { id: 'g-cloud', term: 'Cloud', definition: 'Computing run in Microsoft’s data centres.' },
  { id: 'g-ca', term: 'Cloud Accelerate', definition: 'A 2011 partner programme.' },
  { id: 'g-ccc', term: 'Cloud Champions Club', definition: 'A partner club.' },
  {
    id: 'g-mpn',
    term: 'MPN',
    aliases: ['Microsoft Partner Network'],
    definition: 'The partner programme from 2010.',
  },
  { id: 'g-smb', term: 'SMB', definition: 'Small and midsize business.' },
  { id: 'g-o365', term: 'Office 365', definition: 'Hosted Office and Exchange.' },
  // Shares an alias with g-mpn: the first entry keeps it.
  { id: 'g-dup', term: 'Partner programme', aliases: ['MPN'], definition: 'Duplicate.' },
  { id: 'g-apos', term: "Ballmer's keynote", definition: 'A keynote.' },
];

const matcher = buildGlossaryMatcher(entries);

describe('markGlossaryTerms', () => {
  it('marks whole words, longest first, acronyms in capitals only', () => {
    expect(
      markGlossaryTerms(
        matcher,
        'At WPC 2011, Cloud Accelerate joined the Cloud Champions Club; MPN members (smb and SMB partners) heard S+S and software plus services. The cloud, Office 365’s launch, MPNs and SMBs.',
      ),
    ).toEqual([
      { text: 'At WPC 2011, ' },
      { text: 'Cloud Accelerate', termId: 'g-ca' },
      { text: ' joined the ' },
      { text: 'Cloud Champions Club', termId: 'g-ccc' },
      { text: '; ' },
      { text: 'MPN', termId: 'g-mpn' },
      { text: ' members (smb and ' },
      { text: 'SMB', termId: 'g-smb' },
      { text: ' partners) heard ' },
      { text: 'S+S', termId: 'g-sps' },
      { text: ' and ' },
      { text: 'software plus services', termId: 'g-sps' },
      { text: '. The ' },
      { text: 'cloud', termId: 'g-cloud' },
      { text: ', ' },
      { text: 'Office 365', termId: 'g-o365' },
      { text: '’s launch, MPNs and SMBs.' },
    ]);
  });

  it('does not match inside words or numbers', () => {
    expect(markGlossaryTerms(matcher, 'Cloudy SMBs, XS+S, S+S2, Office 3650')).toEqual([
      { text: 'Cloudy SMBs, XS+S, S+S2, Office 3650' },
    ]);
  });

  it('treats letters beyond ASCII, even outside the BMP, as part of a word', () => {
    expect(markGlossaryTerms(matcher, 'Cloudé SMB𝒳 MPNα')).toEqual([{ text: 'Cloudé SMB𝒳 MPNα' }]);
    expect(markGlossaryTerms(matcher, 'SMB😀')).toEqual([
      { text: 'SMB', termId: 'g-smb' },
      { text: '😀' },
    ]);
  });

  it('lets white space vary and apostrophes be straight or curly', () => {
    expect(
      markGlossaryTerms(matcher, 'the Microsoft\nPartner  Network and Ballmer’s keynote'),
    ).toEqual([
      { text: 'the ' },
      { text: 'Microsoft\nPartner  Network', termId: 'g-mpn' },
      { text: ' and ' },
      { text: 'Ballmer’s keynote', termId: 'g-apos' },
    ]);
  });

  it('marks every occurrence, back to back, and handles the edges', () => {
    expect(markGlossaryTerms(matcher, 'SMB SMB')).toEqual([
      { text: 'SMB', termId: 'g-smb' },
      { text: ' ' },
      { text: 'SMB', termId: 'g-smb' },
    ]);
    expect(markGlossaryTerms(matcher, '(S+S)')).toEqual([
      { text: '(' },
      { text: 'S+S', termId: 'g-sps' },
      { text: ')' },
    ]);
    expect(markGlossaryTerms(matcher, 'Software + Services')).toEqual([
      { text: 'Software + Services', termId: 'g-sps' },
    ]);
    expect(markGlossaryTerms(matcher, '')).toEqual([]);
    expect(markGlossaryTerms(buildGlossaryMatcher([]), 'SMB')).toEqual([{ text: 'SMB' }]);
  });

  it('reports positions', () => {
    expect(findGlossaryTerms(matcher, 'Partner programme vs MPN')).toEqual([
      { start: 0, end: 17, termId: 'g-dup' },
      { start: 21, end: 24, termId: 'g-mpn' },
    ]);
  });
});

describe('glossaryOccurrences', () => {
  it('lists the events and quotes that mention each term', () => {
    const dataset: Dataset = {
      schemaVersion: SCHEMA_VERSION,
      title: 'Glossary fixture',
      themes: [],
      sources: [{ id: 's', title: 'Source', outlet: 'Outlet', kind: 'news' }],
      events: [
        {
          id: 'late',
          title: 'Cloud Accelerate launched',
          summary: 'Partners moved to the cloud.',
          start: '2011-07-11',
          themes: [],
          sources: ['s'],
        },
        {
          id: 'early',
          title: 'Partner network announced',
          summary: 'The MPN replaced the old programme; SMB partners were unsure.',
          start: '2009-07-13',
          themes: [],
          sources: ['s'],
        },
      ],
      quotes: [
        {
          id: 'q1',
          text: 'This world of S+S is not a world for our partners that should be scary',
          speaker: 'Steve Ballmer',
          eventId: 'early',
          sourceId: 's',
          themes: [],
          stance: 'reassuring',
        },
      ],
      glossary: entries,
    };
    const occurrences = glossaryOccurrences(matcher, prepareDataset(dataset));
    expect([...occurrences.keys()]).toEqual(entries.map((e) => e.id));
    expect(occurrences.get('g-ca')).toEqual({ eventIds: ['late'], quoteIds: [] });
    expect(occurrences.get('g-cloud')).toEqual({ eventIds: ['late'], quoteIds: [] });
    expect(occurrences.get('g-mpn')).toEqual({ eventIds: ['early'], quoteIds: [] });
    expect(occurrences.get('g-smb')).toEqual({ eventIds: ['early'], quoteIds: [] });
    expect(occurrences.get('g-sps')).toEqual({ eventIds: [], quoteIds: ['q1'] });
    expect(occurrences.get('g-o365')).toEqual({ eventIds: [], quoteIds: [] });
  });
});
