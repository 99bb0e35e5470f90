// Word lists for generic agents, titles, given names and capitalized non-names.

extension ActorData {
  /// Generic agent nouns (singular and plural, lower case) → CAMEO sector. Multi-word entries allowed.
  /// HLH = health workers, MED = media (CAMEO), REF = refugees, CVL = civilians.
  static let agents = """
    GOV|foreign ministers;defense ministers;defence ministers;finance ministers;interior ministers;heads of state;heads of government;officials;official;authorities;authority;government;governments;regime;administration;cabinet;ministry;ministries;leadership;leaders;leader;diplomats;diplomat;officers;spokesman;spokeswoman;spokesperson;negotiators;negotiator;envoy;envoys;ambassador;ministers;junta;ruling junta;president's office;foreign ministry;defense ministry;defence ministry;interior ministry;ministry of defense;ministry of foreign affairs;central bank;state media;state television;state news agency;prime minister's office;inspectors;governor;mayor;governorate;officialdom
    MIL|military;militaries;army;armies;troops;soldiers;soldier;forces;armed forces;air force;navy;marines;warplanes;warplane;jets;fighter jets;drones;warships;warship;destroyer;submarine;commanders;commander;generals;general staff;defense forces;defence forces;servicemen;paratroopers;artillery;national guard;military intelligence;special forces;army accountant;sailors;pilots;missile;missiles;militaries
    COP|police;policemen;policeman;police officers;police officer;riot police;security forces;security services;border guards;border police;coast guard;gendarmes;gendarmerie;cyber police;crowd control police;railway police;metropolitan police;interior ministry troops;immigration inspectors;customs officers
    LEG|lawmakers;lawmaker;legislators;legislator;parliament;parliamentarians;parliamentarian;senators;senator;congressmen;congressman;congresswoman;mps;mp;deputies;legislature;assembly;congressional group
    JUD|judges;judge;court;courts;prosecutors;prosecutor;judiciary;attorney;attorneys;lawyers;lawyer;tribunal;supreme court;high court;constitutional court
    OPP|opposition;opposition parties;protesters;protester;protestors;demonstrators;demonstrator;dissidents;dissident;activists;activist;antiwar protesters;political prisoners
    REB|rebels;rebel;insurgents;insurgent;militants;militant;guerrillas;guerrilla;separatists;separatist;jihadists;jihadis;mujahideen;rebel forces;insurgency
    UAF|gunmen;gunman;militia;militias;militiamen;mercenaries;mercenary;armed men;paramilitaries;paramilitary;paramilitary group;paramilitary organization;fighters
    CVL|civilians;civilian;residents;resident;villagers;citizens;citizen;people;passengers;tourists;group of tourists;taxi drivers;drivers;relatives;families;children;women;students;student;workers;netizens;netizen;youths;crowd;crowds;schoolchildren;parents;pedestrians;victims;hostages;bystanders
    CRM|criminals;criminal;thieves;thief;gang;gangs;gangsters;gangster;smugglers;smuggling gang;traffickers;drug traffickers;cartel;cartels;vandals;looters;kidnappers;pirates;hackers;cyber criminals;wanted persons;car theft syndicate;syndicate;gang confederations;white supremicists;white supremacists;bandits
    REF|refugees;refugee;displaced;displaced people;asylum seekers;migrants;migrant;internally displaced
    HLH|doctors;doctor;nurses;nurse;medics;medic;paramedics;paramedic;health workers;health officials;ambulance;ambulances;hospital;hospitals;health ministry;medical workers
    MED|journalists;journalist;reporters;reporter;media;press;correspondents;correspondent;broadcaster;news agency;editors;bloggers
    BUS|businesses;business;companies;company;firms;firm;businessmen;businessman;executives;executive;investors;traders;airlines;airline;banks;bank;industry;corporation;chairman of the company's board;board
    EDU|experts;expert;analysts;analyst;scholars;scholar;professor;professors;academics;researchers;researcher;university;universities;teachers;teacher
    REL|clerics;cleric;muslim cleric;imam;imams;priests;priest;bishops;bishop;rabbi;rabbis;religious leaders;church;mosque;clergy;community leader;jewish community leader;muslim leaders
    SPY|intelligence;intelligence agency;intelligence services;spies;spy;secret services;secret police;intelligence officers;intelligence officer;national intelligence agency officer;foreign military intelligence agency;director of central intelligence
    AGR|farmers;farmer;agricultural workers;peasants;herders
    LAB|unions;union;trade unions;labor unions;labour unions;strikers
    NGO|aid workers;aid groups;charities;charity;human rights groups;rights groups;ngos;ngo;aid agencies;watchdog;human rights league
    ELI|former officials;retired vice president;elites;former minister;disgraced former minister
    PTY|party;parties;ruling party;senate hopeful;candidates;candidate
    """

  /// Titles that precede names or stand for an office, lower case → sector ("" = no sector).
  /// `head` marks heads of state or government, whose surnames stand alone in news text.
  static let titles = """
    GOV:head|president;prime minister;premier;chancellor;king;queen;emir;sultan;supreme leader;crown prince;head of state
    GOV|vice president;deputy prime minister;first deputy prime minister;foreign minister;defense minister;defence minister;interior minister;finance minister;economy minister;energy minister;health minister;justice minister;minister;deputy minister;deputy foreign minister;deputy defense minister;deputy minister of defense;minister of defense;minister of foreign affairs;secretary of state;deputy secretary of state;defense secretary;secretary of defense;deputy secretary;deputy defense secretary;foreign secretary;home secretary;defence secretary;treasury secretary;secretary;press secretary;deputy press secretary;spokesman;spokeswoman;spokesperson;ambassador;envoy;special envoy;governor;gov.;mayor;national security adviser;adviser;advisor;official;diplomat;chief of staff;chief minister;cabinet secretary;chief cabinet secretary;commissioner;director;director general;director-general;secretary-general;secretary general;undersecretary;under secretary;foreign policy chief;top diplomat;vice-president;chairman;chairwoman
    LEG|senator;sen.;rep.;representative;congressman;congresswoman;lawmaker;legislator;mp;speaker;house speaker;senate majority leader;senate minority leader;member of parliament;parliament speaker;deputy
    MIL|general;gen.;lt. gen.;lt.;maj. gen.;brig. gen.;lieutenant general;major general;brigadier general;colonel-general;colonel;col.;admiral;adm.;vice admiral;rear admiral;commander;cmdr.;captain;capt.;major;maj.;sergeant;sgt.;lieutenant;army chief;military chief;chief of staff of the army;field marshal;marshal;commander-in-chief
    JUD|judge;justice;chief justice;prosecutor;attorney general;prosecutor general
    OPP|opposition leader;opposition lawmaker;dissident;activist
    REL|pope;ayatollah;cardinal;imam;rabbi;bishop;archbishop;cleric;grand ayatollah;patriarch
    EDU|prof.;professor
    BUS|ceo;chief executive;businessman;billionaire
    MED|journalist;reporter;correspondent;editor
    |mr.;mrs.;ms.;dr.;sheikh;sir;lord;dame;madame;monsieur
    """

  /// Common given names across languages (lower case).
  static let givenNames = """
    aaron abdul abdullah abdel abbas abu adam adel adrian agnes ahmad ahmed aisha alan albert alberto alejandro aleksandr aleksei alex alexander alexandra alexandre alexei alexis alfred ali alice alicia alina alison amanda amir amy ana anatoly andre andrea andreas andrei andres andrew andrey andriy andrii andrzej angela angelo ann anna anne annette anthony antoine anton antonio arthur arnold ashley asif ayman aziz barbara barry bashir beatriz ben benjamin bernard beth betty bill bob boris brad brandon brenda brian bruce bruno carl carla carlos carmen carol caroline catherine cecilia charles charlie chen cheng chris christian christina christine christopher claire claudia colin craig cristina dan daniel daniela danielle daria david dean deborah denis dennis denys diana diane diego dmitri dmitry dmytro dominic donald donna doris dorothy douglas dylan ed edward elena eli elias elizabeth ellen emily emma emmanuel enrique eric erik ernesto eugene eva evan evelyne fatima felipe felix fernando florence francesca francesco francis francisco frank franz fred frederick gabriel gabriela gary george georgios gerald gerhard giorgio giovanni giuseppe gloria gordon grace greg gregory gustavo hamid hana hannah hans harold harry hasan hassan heather heinz helen helena henri henry hiroshi hossein howard hugo hussein ian ibrahim igor ilya imran irina isaac ismail ivan jack jacob jacques james jamal jan jane janet jason javier jean jeff jeffrey jennifer jeremy jerry jessica jim jimmy joan joanna joe johann johannes john jonathan jorge jose josef joseph joshua juan julia julian julie jun justin kamal karen karim karl kate katherine kathleen kathryn keith kelly ken kenneth kevin khalid kim kirill klaus kofi kurt larry laura lauren lee leila leon leonid li lin linda lisa liu lorenzo louis lucas lucia luis luka luke lydia magdalena mahmoud manuel marc marcel marco marcus margaret maria marie marina mario mark martin mary maryam masoud matthew maurice max maxim mehdi melissa michael michel michelle miguel mikhail mohamed mohammad mohammed muhammad nadia nancy naomi nasser natalia natalie nathan neil nicholas nick nicolas nicole nikita nikolai nina noah nora olga oleg oleksandr oleksii oliver omar oscar osman pablo pamela patricia patrick paul paula pavel pedro peter philip philippe pierre pietro rachel rafael rahul raj ramon raul ray raymond rebecca reza ricardo richard rita robert roberto robin roger roman ronald rosa ruth ryan saad sabine said salim sam samantha samuel sandra sara sarah saeed sayed scott sean sebastian serge sergei sergey sergio shirin simon sofia sophie stefan stephanie stephen steve steven sun susan svetlana tamara tanya tatiana teresa thomas tim timothy tina todd tom tomas tony tyler valentina valery vanessa vera victor victoria viktor vincent vladimir vladislav volodymyr walter wang wei william wolfgang xavier yaroslav yasmin yevgeny yoshi yousef youssef yuri yulia yusuf zhang zoe kyle douglas adam romy jordan chad georgia austin paris santiago israel lincoln florence sydney jackson geraldine leon mina nabeel richard sam joseph marcus juan
    """

  /// Given names (lower case) borne mostly by women; other given names count as men's.
  /// Used only to pick the antecedent of "he" or "she".
  static let femaleNames = """
    agnes aisha alexandra alexandria alice alicia alina alison amanda amy ana andrea angela ann anna anne annalena
    annette ashley avril barbara beatriz beth betty brenda carla carmen carol caroline carrie catherine cecilia
    christina christine chrystia claire claudia cristina daniela danielle daria deborah diana diane dina donna doris
    dorothy droupadi elena elisabeth élisabeth elizabeth ellen emily emma eva evelyne fatima florence francesca
    gabriela geraldine gina giorgia gloria grace hana hannah heather helen helena hillary irina jane janet jen
    jennifer jessica jina joan joanna julia julie kaja kamala karen karine karoline kate katherine kathleen kathryn
    kelly kristi laura lauren leila linda lisa liz lucia lydia magdalena mahsa maia mamata margaret maria marie
    marina marine mary maryam melanie mélanie melissa mette michelle mina nadia nancy naomi natalia natalie nicole
    nina nora olga pam pamela patricia paula penny queen rachel rebecca rita roberta romy rosa ruth salome samantha
    sanae sandra sanna sara sarah shirin sofia sophie stephanie susan svetlana tamara tanya tatiana teresa theresa
    tina tulsi ursula valentina vanessa vera victoria yasmin yoko yulia zoe juana evelyn
    """

  /// Capitalized words that do not start or form a name on their own.
  static let nonNames = """
    a an the this that these those there here he she it they we i you his her its their our my your
    but and or so yet nor neither either whether for in on at by to of from with without into onto over under after before
    during since until while when where what who whom whose which why how if as than then also still
    even just only not no yes all any both each every few many more most much some such other another
    one two three four five six seven eight nine ten first second third last next new old
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
    january february march april may june july august september october november december
    jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. mon. tue. wed. thu. fri. sat. sun.
    spring summer autumn fall winter morning evening afternoon night week month year
    meanwhile however moreover furthermore although though because unless whether according
    mr. mrs. ms. dr. prof. sen. rep. gov. gen. st.
    north south east west northern southern eastern western central
    breaking update updated exclusive analysis opinion editorial photo video watch read
    ok okay please thank thanks well oh
    said says told asked added noted warned
    """
}
