/** A made-up news article, written for these tests (no real reporting is copied). */
export const ARTICLE = [
  'Harbour city council approves flood barrier after decade of delays',
  'By Mira Castellanos, Environment correspondent',
  'The Harbour City council voted 31 to 12 on Tuesday night to build a movable flood barrier across the mouth of the Ness estuary, ending a dispute that has stalled the project since 2015.',
  'The barrier, estimated to cost 1.4 billion euros, will be paid for by a mix of national grants and a new levy on waterfront property. Officials said construction could begin as early as next spring.',
  'Mayor Elena Duarte called the vote "the most important decision this council has taken in a generation" and said the city could no longer afford to wait. "Every winter we gamble with people\'s homes," she told reporters outside the chamber.',
  'Opponents, led by councillor Tomas Brenner of the Independent Ratepayers group, argued that the levy would fall hardest on small businesses along the quay. There are also those who question whether the barrier will be tall enough if sea levels rise faster than expected.',
  'According to a report first published by the regional broadcaster NRT, engineers at the Delft-based consultancy that designed the barrier warned last year that its current height assumes a rise of 60 centimetres by 2100. A spokesperson for the consultancy declined to comment.',
  'The Ness estuary has flooded the old town four times since 2010, most recently in January, when water reached the steps of the cathedral and 2,300 households were evacuated.',
  'Residents at Tuesday\'s meeting were divided. "I have lived on Quay Street for forty years and I have had the carpets replaced six times," said Ana Petrova, 71. "Whatever it costs, it is cheaper than this."',
  'Others were less convinced. Shop owner Dev Malhotra said the levy, which will be charged at 0.3 per cent of a property\'s assessed value, could force him to close. "Nobody asked the people who will actually pay," he said.',
  'The national environment ministry said in a statement that it welcomed the decision and would review the city\'s application for co-funding "as a matter of priority". It did not say when a decision would be made.',
  'Work on the barrier is expected to take six years. Until then, the council said, temporary defences will be installed each autumn along the most exposed stretch of the quay.',
].join('\n\n');
