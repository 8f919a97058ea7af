/**
 * The article the CLI analyses when it is given no file. Written by the team for this purpose: the
 * people, their words and the talks are invented; the places, organisations and the 2014 seizure of the
 * Mosul Dam are real. It is built to exercise every part of the analysis: name variants ("Rashid
 * al-Obeidi", "Obeidi", "al-Ubaidi"), roles, acronyms, groups, vague attributions of every category next to
 * named ones that must not be flagged, and earlier and scheduled events.
 */
export interface SampleArticle {
  title: string;
  url: string;
  /** YYYY-MM-DD */
  published: string;
  site: string;
  text: string;
}

export const SAMPLE: SampleArticle = {
  title: 'Iraq presses Turkey for more Tigris water as drought empties southern canals',
  url: 'https://news.example.org/2021/06/14/iraq-turkey-tigris-water-talks',
  published: '2021-06-14',
  site: 'Meridian Wire',
  text: `BAGHDAD (Meridian Wire) — Iraq's foreign minister pressed Turkey on Sunday to release more water from its dams on the Tigris River, warning that a second dry summer could empty irrigation canals across the south and drive thousands of farming families off their land.

Foreign Minister Rashid al-Obeidi raised the issue with Turkish Deputy Foreign Minister Selin Aydemir during a three-hour meeting in Baghdad, two Iraqi officials said, speaking on condition of anonymity because they were not authorized to discuss the talks. Obeidi asked Ankara to guarantee a minimum monthly flow until the end of September, the officials said.

"We are not asking for a favor. We are asking for an agreement that both countries can live with," said Layla Haddad, a spokeswoman for the Iraqi Foreign Ministry, after the meeting. She said Aydemir had promised to carry the request to Ankara.

The Turkish Embassy in Baghdad said in a statement that Turkey shared Iraq's concern and was "ready to work with our Iraqi brothers on practical solutions," but it did not mention any figure.

Water levels on the Tigris and the Euphrates have fallen sharply this spring after a winter with little rain and snow in the mountains of Turkey and Iran, where both rivers and several of their tributaries rise. Iraq's Ministry of Water Resources says its reserves are at their lowest in more than a decade.

Water Resources Minister Mahdi al-Hamdani told parliament last week that the country had lost almost half of its planted wheat area in the southern provinces compared with last year. Hamdani has blamed upstream dams for much of the shortfall, although Turkish officials point to the drought and to what they call wasteful irrigation in Iraq.

Some analysts say the dispute is as much about politics as about rain. It is widely believed in Baghdad that Ankara uses the flow of the rivers as leverage over Iraqi policy toward Kurdish militants who operate from the mountains of the north. Turkish officials reportedly rejected that view during Sunday's meeting, describing it as "a conspiracy theory."

Documents seen by the Meridian Wire show that Iraqi negotiators have also proposed a joint technical committee that would publish daily measurements from both sides of the border. According to local media reports, the Turkish delegation did not reject the idea but asked for more time.

The talks build on a memorandum that the two governments signed in March 2019, which promised cooperation on water management but set no fixed quantities. Critics argue that the memorandum has never been put into practice. "It is a piece of paper that both sides like to quote," said Omar Sabah, a water policy researcher at the University of Baghdad.

Three years ago, salty and polluted water in the southern city of Basra sent thousands of people to hospital and set off weeks of protests, in which Shiite activists stormed party offices and set fire to the Iranian consulate. There are also those who fear a repeat this summer: a senior official in the Basra provincial government said the city's water plants could run short within weeks.

The Kurdistan Regional Government (KRG), which manages the Dukan and Darbandikhan reservoirs in the north, said it would cut releases to protect its own farmers. KRG spokesman Karwan Sherwani said in Erbil that the region had "no water to spare," a position that was first reported by a Kurdish news site and later confirmed by his office.

The United Nations has warned that climate change will make such shortages more frequent. A report by the UN Food and Agriculture Organization (FAO) published last year found that average temperatures in Iraq were rising faster than the global average. Studies show that the country could lose a fifth of its water supply by 2035, though the FAO report itself did not give a figure.

"Farmers are already abandoning villages along the lower Euphrates," said Tomas Lindqvist, a hydrologist with the UN mission in Baghdad. "If the canals are dry in July, we will see people moving to the cities in numbers we have not seen before."

The dispute has a long history. The Islamic State group seized the Mosul Dam, Iraq's largest, in August 2014, and Iraqi and Kurdish forces retook it days later with the help of U.S. air strikes. Engineers have warned ever since that the dam's foundations need constant grouting.

On Jan. 8, Obeidi and Aydemir met in Ankara and agreed to set up working groups on water and trade, according to a joint statement issued at the time. Iraqi officials said the groups had met only twice since then.

Abbas Jabbar, a 52-year-old wheat farmer near Kut, said he had planted half his usual fields this year. "My father and my grandfather never saw the river like this," he said. "Everyone says Turkey is to blame, but nobody in Baghdad has a plan for us."

Al-Obeidi is allegedly under pressure from Shiite parties in parliament to take a harder line with Ankara, according to people familiar with the discussions. Sunni and Kurdish lawmakers have been more cautious, saying Iraq needs Turkish trade as much as Turkish water.

The Iraqi minister, whose name is also spelled al-Ubaidi in some Kurdish media, is expected to travel to Ankara later this month. The two sides will meet again in Ankara on June 21, the Turkish Foreign Ministry said, without giving details.

Hamdani said he had ordered emergency repairs to canals in Maysan and Dhi Qar provinces and asked farmers to switch to crops that need less water. "We can save some water ourselves," he said. "But we cannot save a river that never reaches us."`,
};
