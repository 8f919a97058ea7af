import type { SampleArticle } from './article';

/**
 * A later, shorter article about some of the same people as SAMPLE, so a reader who has "read" both sees
 * the first under "earlier". Invented like SAMPLE: the people and the agreement are fictional.
 */
export const FOLLOW_UP: SampleArticle = {
  title: 'Turkey agrees to raise Tigris flow for autumn planting, Iraqi minister says',
  url: 'https://news.example.org/2021/09/02/turkey-tigris-flow-autumn-planting',
  published: '2021-09-02',
  site: 'Meridian Wire',
  text: `ANKARA (Meridian Wire) — Turkey has agreed to release more water into the Tigris River through the autumn planting season, Iraqi Foreign Minister Rashid al-Obeidi said on Wednesday after talks in Ankara.

Obeidi said the two governments had settled on a minimum flow for September and October and would review it before the winter. He did not give a figure. "This is a first step, not a solution," he told reporters at the Iraqi Embassy.

Turkish Deputy Foreign Minister Selin Aydemir, who led the Turkish side, said the agreement showed that "neighbors can solve problems without shouting." Turkish officials reportedly insisted that Iraq modernize its irrigation canals as part of the deal.

The two ministers first discussed the water shortage in Baghdad in June, when al-Obeidi asked Ankara to guarantee a minimum monthly flow. Talks stalled in July after a row over Turkish air strikes on Kurdish militants in northern Iraq, diplomats said.

Water Resources Minister Mahdi al-Hamdani welcomed the deal but warned that southern farmers had already lost much of the summer harvest. The United Nations said on Aug. 30 that more than 7,000 families had left villages in the south since the spring.

Some analysts say the agreement may not survive another dry winter. It is widely believed in Baghdad that Ankara will link future releases to security cooperation against the Kurdistan Workers' Party (PKK).

"Nobody should celebrate yet," said Omar Sabah, a water policy researcher at the University of Baghdad. "We have had promises before, in 2019 and again this year."

The joint technical committee proposed by Iraq in June will hold its first meeting in Mosul on Sept. 15, the Iraqi Foreign Ministry said.`,
};
