/**
 * The most frequent function words of each language: in running text they make up a third or more of
 * the words, so counting them identifies the language of a paragraph. Words shared by several languages
 * ("de", "a", "in") count for each; the distinctive ones decide.
 */
export const PROFILES: Readonly<Record<string, readonly string[]>> = {
  en: (
    'the of and to a in is that for it on was with as he be by at his are from this have but not ' +
    'they were had an which said has their its been would who will or there we she her more after also ' +
    'than when about them these into could other what some him can our up out all if those because ' +
    'while does did during against under between should such where how any only'
  ).split(' '),
  fr: (
    'le la les de des du un une et est en que qui dans pour pas sur au aux par plus ne se il elle ' +
    'ce cette son sa ses ont été avec mais ou nous vous leur leurs sont était être aussi comme après ' +
    'selon lors dont fait entre avait cela tout très sans sous depuis encore deux où même'
  ).split(' '),
  de: (
    'der die das und in ist nicht ein eine einen einem einer zu den dem von mit sich des auf für im ' +
    'es auch als an er sie wird wurde werden bei nach aus noch hat haben nur oder aber vor über zum zur ' +
    'wie sind war kein keine durch diese dieser gegen sei seit bereits schon wenn dass'
  ).split(' '),
  es: (
    'el la los las de del un una y es en que por para con no se su sus al lo como más pero fue ' +
    'ha han este esta entre sobre también hasta desde muy sin ser son porque cuando donde dijo tras ' +
    'año ya le les hay otro otra según'
  ).split(' '),
  pt: (
    'o a os as de do da dos das um uma e é em no na nos nas que por para com não se seu sua ao ' +
    'mais mas foi como ser são está pelo pela também entre sobre já quando isso ele ela eles ter tem ' +
    'foram após disse até muito sem ou segundo'
  ).split(' '),
  it: (
    'il lo la gli le di del della dei delle un una e è in nel nella che per con non si suo sua al ' +
    'alla più ma come anche sono stato stata tra dopo ha hanno essere questo questa quando dal dalla ' +
    'molto senza ancora già secondo loro'
  ).split(' '),
  nl: (
    'de het een en van in is dat op te voor met niet zijn die er aan als ook bij door om naar uit ' +
    'maar dan nog wel worden wordt werd heeft hebben tot over zo al deze was waren geen na meer onder ' +
    'tegen zich volgens of'
  ).split(' '),
  sv: (
    'och i att det som en på är av för med till den har inte om ett var jag men de sig från vid ' +
    'så kan efter eller han hon nu när också under mot alla sina skulle måste'
  ).split(' '),
  da: (
    'og i at det som en på er af for med til den har ikke om et var men de sig fra ved så kan ' +
    'efter eller han hun nu når også under mod alle sine skulle blev her'
  ).split(' '),
  no: (
    'og i er det som en på av for med til den har ikke om et var men de seg fra ved så kan etter ' +
    'eller han hun nå når også under mot alle sine skulle ble her'
  ).split(' '),
  pl: (
    'i w na z że się nie do to jest jak po od przez dla jego ale o co tym już tak był była jej ' +
    'przy oraz tylko może być są także ich które który która ze'
  ).split(' '),
  cs: (
    'a v na se je že to s z do o k i ve by jak ale jsou jeho pro od po za který která které také ' +
    'byl byla bylo jejich už jen nebo podle při tak než'
  ).split(' '),
  sk: (
    'a v na sa je že to s z do o k i vo by ako ale sú jeho pre od po za ktorý ktorá ktoré tiež ' +
    'bol bola bolo ich už len alebo podľa pri tak než'
  ).split(' '),
  hr: (
    'i u je da na se za su od a s o koji koja koje što ne iz kao ali to će bio bila biti ili nije ' +
    'te sa već prema samo još kako'
  ).split(' '),
  hu: (
    'a az és is hogy nem egy meg de van volt el ki be fel csak még már mint pedig vagy ez azt ' +
    'ezt amely aki sem lesz lehet kell után szerint között minden'
  ).split(' '),
  fi: (
    'ja on ei se että oli ovat mutta kun tai myös sen hän joka jotka ole kuin vain niin jo nyt ' +
    'mukaan sekä ovat olla voi tämä siitä sitä'
  ).split(' '),
  et: (
    'ja on ei et see oli nad kui ka või aga mis kes seda tema ole nii siis veel oma üle pärast ' + 'ning kõik olla võib'
  ).split(' '),
  tr: (
    've bir bu da de için ile olarak olan daha çok gibi en ama ya ne kadar sonra ki her değil ' +
    'veya göre olduğu büyük ancak yeni şu'
  ).split(' '),
  id: (
    'yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada adalah oleh karena ' +
    'sudah bisa mereka kami kata saat atau telah lebih'
  ).split(' '),
  ro: (
    'și în de la cu a pe un o care din este nu mai să se au fost pentru sau dar ca după fi lui ' +
    'ei acest această sunt'
  ).split(' '),
  ca: (
    'el la els les de del un una i és en que per amb no es va als al com més però ha han aquest ' +
    'aquesta entre sobre també fins des molt sense ser són quan on segons'
  ).split(' '),
  af: (
    'die van en in is het nie op te vir met dat wat sy hy hulle was word deur aan as ook by om ' +
    'na uit maar ons sal kan'
  ).split(' '),
  sw: (
    'na ya wa za kwa la ni katika kuwa hiyo hii cha vya mtu kila ana yake wake au lakini pia ' + 'kama bila haki'
  ).split(' '),
  tl: (
    'ang ng mga sa na at ay si ni kay para hindi ito may mayroon siya sila kanyang kanilang ' +
    'upang dahil kung o rin din'
  ).split(' '),
  vi: (
    'và của là có được cho các những người trong không với này một đã để khi từ theo về như ' + 'cũng đến hay'
  ).split(' '),
};

/**
 * The English function words that no other language uses as often: a text must have them to be English.
 * 'a', 'is', 'be', 'in', 'on', 'to', 'at', 'as', 'he', 'was', 'for', 'her', 'also', 'will', 'all' and
 * 'under' are everyday words in Hungarian, Dutch, German, the Nordic and Slavic languages, so they only
 * weigh English against those languages. In English prose the markers are over a tenth of the words;
 * elsewhere next to none.
 */
export const ENGLISH_MARKERS: readonly string[] = (
  'the of and that with his are from this have but not they were had which said has their its been ' +
  'would who there she more after than when about them these into could other what some him can our ' +
  'out if those because while does did during against between should such where how any only shall ' +
  'might your whom whose upon within without through every each both'
).split(' ');
