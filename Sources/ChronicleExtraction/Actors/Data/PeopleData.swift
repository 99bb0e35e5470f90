// Heads of state and government, ministers and spokespeople, written from public knowledge.
// Line: id slug | full name | other names (";") | country ISO | roles (";") | base sector
// Role: title:CODE:start:end — CODE is a sector (GOV, LEG, MIL, SPY, JUD, OPP…) added to the
// person's country, or a full code (IGOUNO, IGOEURGOV, BELGOV); end empty = still in office.
// Outside every role the person is coded with the base sector, or ELI (former office holder)
// after a government role ended, or the bare country before any role.

extension ActorData {
  static let people = """
    joe-biden|Joe Biden|Joseph Biden;Joseph R. Biden;Joseph R. Biden Jr.;Joe R. Biden;Biden|USA|senator:LEG:1973-01-03:2009-01-15;vice president:GOV:2009-01-20:2017-01-20;president:GOV:2021-01-20:2025-01-20|
    donald-trump|Donald Trump|Donald J. Trump;Trump|USA|president:GOV:2017-01-20:2021-01-20;president:GOV:2025-01-20:|
    barack-obama|Barack Obama|Barack H. Obama;Barack Hussein Obama;Obama|USA|senator:LEG:2005-01-03:2008-11-16;president:GOV:2009-01-20:2017-01-20|
    kamala-harris|Kamala Harris|Harris|USA|senator:LEG:2017-01-03:2021-01-18;vice president:GOV:2021-01-20:2025-01-20|
    mike-pence|Mike Pence|Pence|USA|governor:GOV:2013-01-14:2017-01-09;vice president:GOV:2017-01-20:2021-01-20|
    jd-vance|JD Vance|J.D. Vance;James David Vance;Vance|USA|senator:LEG:2023-01-03:2025-01-10;vice president:GOV:2025-01-20:|
    george-w-bush|George W. Bush|George Bush;Bush;G. W. Bush;G.W. Bush;George Dubya Bush;George Walker Bush|USA|governor:GOV:1995-01-17:2000-12-21;president:GOV:2001-01-20:2009-01-20|
    bill-clinton|Bill Clinton|William Jefferson Clinton;Clinton|USA|president:GOV:1993-01-20:2001-01-20|
    hillary-clinton|Hillary Clinton|Hillary Rodham Clinton;Clinton|USA|senator:LEG:2001-01-03:2009-01-21;secretary of state:GOV:2009-01-21:2013-02-01|
    antony-blinken|Antony Blinken|Tony Blinken;Blinken|USA|deputy secretary of state:GOV:2015-01-09:2017-01-20;secretary of state:GOV:2021-01-26:2025-01-20|
    marco-rubio|Marco Rubio|Rubio|USA|senator:LEG:2011-01-03:2025-01-20;secretary of state:GOV:2025-01-21:|
    mike-pompeo|Mike Pompeo|Pompeo|USA|CIA director:SPY:2017-01-23:2018-04-26;secretary of state:GOV:2018-04-26:2021-01-20|
    rex-tillerson|Rex Tillerson|Tillerson|USA|secretary of state:GOV:2017-02-01:2018-03-31|BUS
    john-kerry|John Kerry|Kerry|USA|senator:LEG:1985-01-03:2013-02-01;secretary of state:GOV:2013-02-01:2017-01-20;climate envoy:GOV:2021-01-20:2024-03-06|
    lloyd-austin|Lloyd Austin|Lloyd J. Austin;Austin|USA|defense secretary:GOV:2021-01-22:2025-01-20|MIL
    pete-hegseth|Pete Hegseth|Hegseth|USA|defense secretary:GOV:2025-01-25:|MED
    jake-sullivan|Jake Sullivan|Sullivan|USA|national security adviser:GOV:2021-01-20:2025-01-20|
    karine-jean-pierre|Karine Jean-Pierre|Jean-Pierre|USA|deputy press secretary:GOV:2021-01-20:2022-05-13;press secretary:GOV:2022-05-13:2025-01-20|
    jen-psaki|Jen Psaki|Psaki|USA|press secretary:GOV:2021-01-20:2022-05-13|MED
    karoline-leavitt|Karoline Leavitt|Leavitt|USA|press secretary:GOV:2025-01-20:|
    john-kirby|John Kirby|Kirby|USA|Pentagon press secretary:MIL:2021-01-20:2022-05-20;National Security Council spokesman:GOV:2022-05-20:2025-01-20|
    ned-price|Ned Price|Price|USA|State Department spokesman:GOV:2021-01-20:2023-03-31|
    william-burns|William Burns|William J. Burns;Bill Burns|USA|ambassador to Russia:GOV:2005-08-08:2008-05-14;deputy secretary of state:GOV:2011-07-28:2014-11-03;CIA director:SPY:2021-03-19:2025-01-20|
    kathleen-hicks|Kathleen Hicks|Hicks;Deputy Secretary Hicks|USA|deputy defense secretary:GOV:2021-02-09:2025-01-20|
    janet-yellen|Janet Yellen|Yellen|USA|Fed chair:GOV:2014-02-03:2018-02-03;treasury secretary:GOV:2021-01-26:2025-01-20|
    jerome-powell|Jerome Powell|Powell|USA|Fed chair:GOV:2018-02-05:|
    nancy-pelosi|Nancy Pelosi|Pelosi|USA|speaker:LEG:2019-01-03:2023-01-03;representative:LEG:1987-06-02:|
    kevin-mccarthy|Kevin McCarthy|McCarthy|USA|speaker:LEG:2023-01-07:2023-10-03;representative:LEG:2007-01-03:2023-12-31|
    chuck-schumer|Chuck Schumer|Charles Schumer;Schumer|USA|senator:LEG:1999-01-03:|
    mitch-mcconnell|Mitch McConnell|McConnell|USA|senator:LEG:1985-01-03:|
    robert-malley|Robert Malley|Rob Malley;Malley|USA|special envoy for Iran:GOV:2021-01-28:2023-06-29|
    mark-milley|Mark Milley|Milley|USA|chairman of the Joint Chiefs of Staff:MIL:2019-10-01:2023-09-30|MIL
    linda-thomas-greenfield|Linda Thomas-Greenfield|Thomas-Greenfield|USA|UN ambassador:GOV:2021-02-25:2025-01-20|
    ron-desantis|Ron DeSantis|DeSantis|USA|governor:GOV:2019-01-08:|
    gavin-newsom|Gavin Newsom|Newsom|USA|governor:GOV:2019-01-07:|
    elon-musk|Elon Musk|Musk|USA||BUS
    vladimir-putin|Vladimir Putin|Vladimir V. Putin;Vladimir Vladimirovich Putin;Putin|RUS|FSB director:SPY:1998-07-25:1999-08-09;prime minister:GOV:1999-08-16:2000-05-07;president:GOV:2000-05-07:2008-05-07;prime minister:GOV:2008-05-08:2012-05-07;president:GOV:2012-05-07:|
    dmitry-medvedev|Dmitry Medvedev|Dmitri Medvedev;Medvedev|RUS|president:GOV:2008-05-07:2012-05-07;prime minister:GOV:2012-05-08:2020-01-16;deputy chairman of the Security Council:GOV:2020-01-16:|
    sergey-lavrov|Sergey Lavrov|Sergei Lavrov;Lavrov|RUS|foreign minister:GOV:2004-03-09:|
    dmitry-peskov|Dmitry Peskov|Dmitri Peskov;Peskov|RUS|Kremlin spokesman:GOV:2012-05-22:|
    maria-zakharova|Maria Zakharova|Zakharova|RUS|foreign ministry spokeswoman:GOV:2015-08-10:|
    sergei-shoigu|Sergei Shoigu|Sergey Shoigu;Shoigu|RUS|defense minister:GOV:2012-11-06:2024-05-12;Security Council secretary:GOV:2024-05-12:|
    andrei-belousov|Andrei Belousov|Andrey Belousov;Belousov|RUS|defense minister:GOV:2024-05-14:|
    valery-gerasimov|Valery Gerasimov|Gerasimov|RUS|chief of the general staff:MIL:2012-11-09:|MIL
    mikhail-mishustin|Mikhail Mishustin|Mishustin|RUS|prime minister:GOV:2020-01-16:|
    andrei-kartapolov|Andrei Kartapolov|Kartapolov|RUS|deputy defense minister:GOV:2018-07-30:2021-10-12;lawmaker:LEG:2021-10-12:|MIL
    vasily-nebenzya|Vasily Nebenzya|Nebenzya|RUS|UN ambassador:GOV:2017-07-27:|
    yevgeny-prigozhin|Yevgeny Prigozhin|Prigozhin|RUS||UAF
    alexei-navalny|Alexei Navalny|Alexey Navalny;Navalny|RUS||OPP
    ramzan-kadyrov|Ramzan Kadyrov|Kadyrov|RUS|head of Chechnya:GOV:2007-02-15:|
    volodymyr-zelenskyy|Volodymyr Zelenskyy|Volodymyr Zelensky;Volodymyr Zelenskiy;Zelenskyy;Zelensky;Zelenskiy;Zelenskyi|UKR|president:GOV:2019-05-20:|
    dmytro-kuleba|Dmytro Kuleba|Kuleba|UKR|foreign minister:GOV:2020-03-04:2024-09-05|
    andrii-sybiha|Andrii Sybiha|Andriy Sybiha;Sybiha|UKR|foreign minister:GOV:2024-09-05:|
    oleksii-reznikov|Oleksii Reznikov|Oleksiy Reznikov;Reznikov|UKR|defense minister:GOV:2021-11-04:2023-09-06|
    rustem-umerov|Rustem Umerov|Umerov|UKR|defense minister:GOV:2023-09-06:2025-07-17|
    denys-shmyhal|Denys Shmyhal|Shmyhal|UKR|prime minister:GOV:2020-03-04:2025-07-17;defense minister:GOV:2025-07-17:|
    valerii-zaluzhnyi|Valerii Zaluzhnyi|Valery Zaluzhny;Zaluzhnyi|UKR|commander-in-chief:MIL:2021-07-27:2024-02-08|MIL
    oleksandr-syrskyi|Oleksandr Syrskyi|Syrskyi|UKR|commander-in-chief:MIL:2024-02-08:|MIL
    petro-poroshenko|Petro Poroshenko|Poroshenko|UKR|president:GOV:2014-06-07:2019-05-20|
    vitali-klitschko|Vitali Klitschko|Vitaliy Klitschko;Klitschko|UKR|mayor of Kyiv:GOV:2014-06-05:|
    andriy-yermak|Andriy Yermak|Andrii Yermak;Yermak|UKR|head of the presidential office:GOV:2020-02-11:2025-11-28|
    mykhailo-podolyak|Mykhailo Podolyak|Podolyak|UKR|presidential adviser:GOV:2020-01-01:|
    ebrahim-raisi|Ebrahim Raisi|Ebrahim Raeisi;Ibrahim Raisi;Raisi;Raeisi|IRN|chief justice:JUD:2019-03-07:2021-07-01;president:GOV:2021-08-03:2024-05-19|
    ali-khamenei|Ali Khamenei|Ayatollah Ali Khamenei;Ayatollah Khamenei;Khamenei|IRN|president:GOV:1981-10-13:1989-08-03;supreme leader:GOV:1989-06-04:|
    hassan-rouhani|Hassan Rouhani|Hassan Rohani;Rouhani|IRN|president:GOV:2013-08-03:2021-08-03|
    masoud-pezeshkian|Masoud Pezeshkian|Pezeshkian|IRN|lawmaker:LEG:2008-05-28:2024-07-28;president:GOV:2024-07-28:|
    hossein-amir-abdollahian|Hossein Amir-Abdollahian|Hossein Amirabdollahian;Amir-Abdollahian;Amirabdollahian|IRN|foreign minister:GOV:2021-08-25:2024-05-19|
    abbas-araghchi|Abbas Araghchi|Abbas Araqchi;Araghchi;Araqchi|IRN|deputy foreign minister:GOV:2013-08-01:2021-08-25;foreign minister:GOV:2024-08-21:|
    mohammad-javad-zarif|Mohammad Javad Zarif|Javad Zarif;Zarif|IRN|foreign minister:GOV:2013-08-15:2021-08-25;vice president:GOV:2024-08-01:2025-03-02|
    nasser-kanaani|Nasser Kanaani|Nasser Kanani;Kanaani;Kanani|IRN|foreign ministry spokesman:GOV:2022-05-23:2024-09-01|
    saeed-khatibzadeh|Saeed Khatibzadeh|Khatibzadeh|IRN|foreign ministry spokesman:GOV:2020-03-23:2022-05-23|
    esmaeil-baghaei|Esmaeil Baghaei|Esmail Baghaei;Baghaei|IRN|foreign ministry spokesman:GOV:2024-09-01:|
    esmaeil-khatib|Esmaeil Khatib|Esmail Khatib|IRN|intelligence minister:SPY:2021-08-25:2024-08-21|
    mohammad-bagheri|Mohammad Bagheri|Bagheri|IRN|chief of staff of the armed forces:MIL:2016-06-28:2025-06-13|MIL
    hossein-salami|Hossein Salami|Salami|IRN|Revolutionary Guards commander:MIL:2019-04-21:2025-06-13|MIL
    qassem-soleimani|Qassem Soleimani|Qasem Soleimani;Soleimani|IRN|Quds Force commander:MIL:1998-01-01:2020-01-03|MIL
    mohammad-bagher-ghalibaf|Mohammad Bagher Ghalibaf|Mohammad Baqer Qalibaf;Ghalibaf;Qalibaf|IRN|mayor of Tehran:GOV:2005-09-04:2017-08-23;speaker of parliament:LEG:2020-05-28:|
    mahsa-amini|Mahsa Amini|Jina Mahsa Amini;Jina Amini;Amini|IRN||CVL
    xi-jinping|Xi Jinping|Xi|CHN|vice president:GOV:2008-03-15:2013-03-14;president:GOV:2013-03-14:|
    li-keqiang|Li Keqiang||CHN|premier:GOV:2013-03-15:2023-03-11|
    li-qiang|Li Qiang||CHN|premier:GOV:2023-03-11:|
    wang-yi|Wang Yi||CHN|foreign minister:GOV:2013-03-16:2022-12-30;foreign affairs commission director:GOV:2022-12-30:2023-07-25;foreign minister:GOV:2023-07-25:|
    qin-gang|Qin Gang||CHN|foreign minister:GOV:2022-12-30:2023-07-25|
    zhao-lijian|Zhao Lijian||CHN|foreign ministry spokesman:GOV:2020-02-24:2023-01-09|
    wang-wenbin|Wang Wenbin||CHN|foreign ministry spokesman:GOV:2020-07-20:2024-07-01|
    mao-ning|Mao Ning||CHN|foreign ministry spokeswoman:GOV:2022-09-26:|
    lin-jian|Lin Jian||CHN|foreign ministry spokesman:GOV:2024-01-01:|
    wei-fenghe|Wei Fenghe||CHN|defense minister:GOV:2018-03-19:2023-03-12|MIL
    li-shangfu|Li Shangfu||CHN|defense minister:GOV:2023-03-12:2023-10-24|MIL
    dong-jun|Dong Jun||CHN|defense minister:GOV:2023-12-29:|MIL
    hu-jintao|Hu Jintao||CHN|president:GOV:2003-03-15:2013-03-14|
    rishi-sunak|Rishi Sunak|Sunak|GBR|chancellor of the exchequer:GOV:2020-02-13:2022-07-05;prime minister:GOV:2022-10-25:2024-07-05|
    boris-johnson|Boris Johnson||GBR|mayor of London:GOV:2008-05-04:2016-05-09;foreign secretary:GOV:2016-07-13:2018-07-09;prime minister:GOV:2019-07-24:2022-09-06|
    liz-truss|Liz Truss|Elizabeth Truss;Truss|GBR|foreign secretary:GOV:2021-09-15:2022-09-06;prime minister:GOV:2022-09-06:2022-10-25|
    keir-starmer|Keir Starmer|Starmer|GBR|opposition leader:OPP:2020-04-04:2024-07-05;prime minister:GOV:2024-07-05:|
    theresa-may|Theresa May||GBR|home secretary:GOV:2010-05-12:2016-07-13;prime minister:GOV:2016-07-13:2019-07-24|
    david-cameron|David Cameron|Cameron|GBR|prime minister:GOV:2010-05-11:2016-07-13;foreign secretary:GOV:2023-11-13:2024-07-05|
    tony-blair|Tony Blair|Blair|GBR|prime minister:GOV:1997-05-02:2007-06-27|
    james-cleverly|James Cleverly|Cleverly|GBR|foreign secretary:GOV:2022-09-06:2023-11-13;home secretary:GOV:2023-11-13:2024-07-05|
    david-lammy|David Lammy|Lammy|GBR|foreign secretary:GOV:2024-07-05:2025-09-05;deputy prime minister:GOV:2025-09-05:|
    ben-wallace|Ben Wallace||GBR|defence secretary:GOV:2019-07-24:2023-08-31|
    grant-shapps|Grant Shapps|Shapps|GBR|defence secretary:GOV:2023-08-31:2024-07-05|
    john-healey|John Healey|Healey|GBR|defence secretary:GOV:2024-07-05:|
    kwasi-kwarteng|Kwasi Kwarteng|Kwarteng|GBR|lawmaker:LEG:2010-05-06:2022-09-06;chancellor of the exchequer:GOV:2022-09-06:2022-10-14;lawmaker:LEG:2022-10-14:2024-05-30|
    king-charles-iii|King Charles III|King Charles;Charles III|GBR|king:GOV:2022-09-08:|
    queen-elizabeth-ii|Queen Elizabeth II|Queen Elizabeth;Elizabeth II|GBR|queen:GOV:1952-02-06:2022-09-08|
    emmanuel-macron|Emmanuel Macron|Macron|FRA|economy minister:GOV:2014-08-26:2016-08-30;president:GOV:2017-05-14:|
    francois-hollande|François Hollande|Francois Hollande;Hollande|FRA|president:GOV:2012-05-15:2017-05-14|
    jean-yves-le-drian|Jean-Yves Le Drian|Le Drian|FRA|defense minister:GOV:2012-05-16:2017-05-17;foreign minister:GOV:2017-05-17:2022-05-20|
    catherine-colonna|Catherine Colonna|Colonna|FRA|foreign minister:GOV:2022-05-20:2024-01-11|
    stephane-sejourne|Stéphane Séjourné|Stephane Sejourne;Séjourné;Sejourne|FRA|foreign minister:GOV:2024-01-11:2024-09-21|
    jean-noel-barrot|Jean-Noël Barrot|Jean-Noel Barrot;Barrot|FRA|foreign minister:GOV:2024-09-21:|
    elisabeth-borne|Élisabeth Borne|Elisabeth Borne;Borne|FRA|prime minister:GOV:2022-05-16:2024-01-09|
    gabriel-attal|Gabriel Attal|Attal|FRA|prime minister:GOV:2024-01-09:2024-09-05|
    michel-barnier|Michel Barnier|Barnier|FRA|EU Brexit negotiator:IGOEURGOV:2016-10-01:2021-03-31;prime minister:GOV:2024-09-05:2024-12-13|
    francois-bayrou|François Bayrou|Francois Bayrou;Bayrou|FRA|prime minister:GOV:2024-12-13:2025-09-09|
    thierry-burkhard|Thierry Burkhard|Burkhard|FRA|chief of the defence staff:MIL:2021-07-21:2025-09-01|MIL
    marine-le-pen|Marine Le Pen|Le Pen|FRA||OPP
    olaf-scholz|Olaf Scholz|Scholz|DEU|finance minister:GOV:2018-03-14:2021-12-08;chancellor:GOV:2021-12-08:2025-05-06|
    angela-merkel|Angela Merkel|Merkel|DEU|chancellor:GOV:2005-11-22:2021-12-08|
    friedrich-merz|Friedrich Merz|Merz|DEU|opposition leader:OPP:2022-02-15:2025-05-06;chancellor:GOV:2025-05-06:|
    annalena-baerbock|Annalena Baerbock|Baerbock|DEU|foreign minister:GOV:2021-12-08:2025-05-06;UN General Assembly president:IGOUNO:2025-09-09:|
    heiko-maas|Heiko Maas|Maas|DEU|justice minister:GOV:2013-12-17:2018-03-14;foreign minister:GOV:2018-03-14:2021-12-08|
    johann-wadephul|Johann Wadephul|Wadephul|DEU|foreign minister:GOV:2025-05-06:|
    boris-pistorius|Boris Pistorius|Pistorius|DEU|defense minister:GOV:2023-01-19:|
    christine-lambrecht|Christine Lambrecht|Lambrecht|DEU|defense minister:GOV:2021-12-08:2023-01-19|
    frank-walter-steinmeier|Frank-Walter Steinmeier|Steinmeier|DEU|foreign minister:GOV:2013-12-17:2017-01-27;president:GOV:2017-03-19:|
    benjamin-netanyahu|Benjamin Netanyahu|Bibi Netanyahu;Netanyahu|ISR|prime minister:GOV:1996-06-18:1999-07-06;prime minister:GOV:2009-03-31:2021-06-13;opposition leader:OPP:2021-06-13:2022-12-29;prime minister:GOV:2022-12-29:|
    naftali-bennett|Naftali Bennett|Bennett|ISR|prime minister:GOV:2021-06-13:2022-06-30|
    yair-lapid|Yair Lapid|Lapid|ISR|foreign minister:GOV:2021-06-13:2022-07-01;prime minister:GOV:2022-07-01:2022-12-29;opposition leader:OPP:2022-12-29:|
    isaac-herzog|Isaac Herzog|Herzog|ISR|president:GOV:2021-07-07:|
    benny-gantz|Benny Gantz|Gantz|ISR|defense minister:GOV:2020-05-17:2022-12-29|
    yoav-gallant|Yoav Gallant|Gallant|ISR|defense minister:GOV:2022-12-29:2024-11-05|
    israel-katz|Israel Katz||ISR|foreign minister:GOV:2024-01-02:2024-11-05;defense minister:GOV:2024-11-05:|
    mohammed-bin-salman|Mohammed bin Salman|Mohammad bin Salman;Muhammad bin Salman;MBS;Crown Prince Mohammed bin Salman|SAU|defense minister:GOV:2015-01-23:2022-09-27;crown prince:GOV:2017-06-21:|
    king-salman|King Salman|Salman bin Abdulaziz;King Salman bin Abdulaziz|SAU|king:GOV:2015-01-23:|
    faisal-bin-farhan|Faisal bin Farhan|Prince Faisal bin Farhan;Faisal bin Farhan Al Saud|SAU|foreign minister:GOV:2019-10-23:|
    adel-al-jubeir|Adel al-Jubeir|Adel Al-Jubeir;Jubeir|SAU|foreign minister:GOV:2015-04-29:2018-12-27|
    recep-tayyip-erdogan|Recep Tayyip Erdogan|Recep Tayyip Erdoğan;Tayyip Erdogan;Erdogan;Erdoğan|TUR|prime minister:GOV:2003-03-14:2014-08-28;president:GOV:2014-08-28:|
    mevlut-cavusoglu|Mevlut Cavusoglu|Mevlüt Çavuşoğlu;Cavusoglu;Çavuşoğlu|TUR|foreign minister:GOV:2014-08-29:2023-06-04|
    hakan-fidan|Hakan Fidan|Fidan|TUR|intelligence chief:SPY:2010-05-27:2023-06-04;foreign minister:GOV:2023-06-04:|
    hulusi-akar|Hulusi Akar|Akar|TUR|defense minister:GOV:2018-07-10:2023-06-04|MIL
    narendra-modi|Narendra Modi|Modi|IND|chief minister of Gujarat:GOV:2001-10-07:2014-05-22;prime minister:GOV:2014-05-26:|
    s-jaishankar|S. Jaishankar|Subrahmanyam Jaishankar;Jaishankar|IND|foreign minister:GOV:2019-05-30:|
    rajnath-singh|Rajnath Singh||IND|defense minister:GOV:2019-05-31:|
    rahul-gandhi|Rahul Gandhi||IND|opposition leader:OPP:2024-06-09:|PTY
    droupadi-murmu|Droupadi Murmu|Murmu|IND|president:GOV:2022-07-25:|
    mamata-banerjee|Mamata Banerjee|Banerjee|IND|chief minister of West Bengal:GOV:2011-05-20:|
    jai-ram-thakur|Jai Ram Thakur|Thakur|IND|chief minister of Himachal Pradesh:GOV:2017-12-27:2022-12-11|
    fumio-kishida|Fumio Kishida|Kishida|JPN|foreign minister:GOV:2012-12-26:2017-08-03;prime minister:GOV:2021-10-04:2024-10-01|
    shinzo-abe|Shinzo Abe|Abe|JPN|prime minister:GOV:2006-09-26:2007-09-26;prime minister:GOV:2012-12-26:2020-09-16|
    yoshihide-suga|Yoshihide Suga|Suga|JPN|chief cabinet secretary:GOV:2012-12-26:2020-09-16;prime minister:GOV:2020-09-16:2021-10-04|
    shigeru-ishiba|Shigeru Ishiba|Ishiba|JPN|prime minister:GOV:2024-10-01:2025-10-21|
    sanae-takaichi|Sanae Takaichi|Takaichi|JPN|prime minister:GOV:2025-10-21:|
    yoshimasa-hayashi|Yoshimasa Hayashi|Hayashi|JPN|foreign minister:GOV:2021-11-10:2023-09-13;chief cabinet secretary:GOV:2023-12-14:2025-10-21|
    yoko-kamikawa|Yoko Kamikawa|Kamikawa|JPN|foreign minister:GOV:2023-09-13:2024-10-01|
    kim-jong-un|Kim Jong-un|Kim Jong Un;Kim Jong-Un|PRK|supreme leader:GOV:2011-12-17:|
    kim-yo-jong|Kim Yo-jong|Kim Yo Jong|PRK|senior official:GOV:2014-01-01:|
    choe-son-hui|Choe Son-hui|Choe Son Hui|PRK|foreign minister:GOV:2022-06-11:|
    kim-jong-il|Kim Jong-il|Kim Jong Il|PRK|supreme leader:GOV:1994-07-08:2011-12-17|
    yoon-suk-yeol|Yoon Suk Yeol|Yoon Suk-yeol;Yoon|KOR|president:GOV:2022-05-10:2025-04-04|
    moon-jae-in|Moon Jae-in|Moon Jae In|KOR|president:GOV:2017-05-10:2022-05-10|
    lee-jae-myung|Lee Jae-myung|Lee Jae Myung|KOR|opposition leader:OPP:2022-08-28:2025-04-09;president:GOV:2025-06-04:|
    park-jin|Park Jin||KOR|foreign minister:GOV:2022-05-12:2024-01-10|
    ursula-von-der-leyen|Ursula von der Leyen|von der Leyen;Von der Leyen|DEU|defense minister:DEUGOV:2013-12-17:2019-07-17;European Commission president:IGOEURGOV:2019-12-01:|
    charles-michel|Charles Michel||BEL|prime minister:BELGOV:2014-10-11:2019-10-27;European Council president:IGOEURGOV:2019-12-01:2024-11-30|
    antonio-costa|António Costa|Antonio Costa|PRT|prime minister:PRTGOV:2015-11-26:2024-04-02;European Council president:IGOEURGOV:2024-12-01:|
    josep-borrell|Josep Borrell|Borrell|ESP|foreign minister:ESPGOV:2018-06-07:2019-11-29;EU foreign policy chief:IGOEURGOV:2019-12-01:2024-11-30|
    kaja-kallas|Kaja Kallas|Kallas|EST|prime minister:ESTGOV:2021-01-26:2024-07-23;EU foreign policy chief:IGOEURGOV:2024-12-01:|
    roberta-metsola|Roberta Metsola|Metsola|MLT|European Parliament president:IGOEURLEG:2022-01-18:|
    antonio-guterres|António Guterres|Antonio Guterres;Guterres|PRT|prime minister:PRTGOV:1995-10-28:2002-04-06;UN high commissioner for refugees:IGOUNOREF:2005-06-15:2015-12-31;UN secretary-general:IGOUNO:2017-01-01:|
    ban-ki-moon|Ban Ki-moon|Ban Ki Moon|KOR|foreign minister:KORGOV:2004-01-17:2006-11-09;UN secretary-general:IGOUNO:2007-01-01:2016-12-31|
    rafael-grossi|Rafael Grossi|Rafael Mariano Grossi;Grossi|ARG|IAEA director general:IGOUNO:2019-12-03:|
    tedros-adhanom-ghebreyesus|Tedros Adhanom Ghebreyesus|Tedros Adhanom;Tedros|ETH|foreign minister:ETHGOV:2012-11-29:2016-11-01;WHO director-general:IGOUNOHLH:2017-07-01:|
    jens-stoltenberg|Jens Stoltenberg|Stoltenberg|NOR|prime minister:NORGOV:2005-10-17:2013-10-16;NATO secretary general:IGONAT:2014-10-01:2024-10-01;finance minister:NORGOV:2025-02-04:|
    mark-rutte|Mark Rutte|Rutte|NLD|prime minister:NLDGOV:2010-10-14:2024-07-02;NATO secretary general:IGONAT:2024-10-01:|
    volker-turk|Volker Türk|Volker Turk|AUT|UN human rights chief:IGOUNO:2022-10-17:|
    stephane-dujarric|Stéphane Dujarric|Stephane Dujarric;Dujarric|FRA|UN spokesman:IGOUNO:2014-03-01:|
    nikol-pashinyan|Nikol Pashinyan|Pashinyan|ARM|prime minister:GOV:2018-05-08:|
    ilham-aliyev|Ilham Aliyev|Aliyev|AZE|president:GOV:2003-10-31:|
    kassym-jomart-tokayev|Kassym-Jomart Tokayev|Tokayev|KAZ|president:GOV:2019-03-20:|
    alexander-lukashenko|Alexander Lukashenko|Aleksandr Lukashenko;Alyaksandr Lukashenka;Lukashenko|BLR|president:GOV:1994-07-20:|
    nicolas-maduro|Nicolás Maduro|Nicolas Maduro;Maduro|VEN|president:GOV:2013-04-19:|
    viktor-orban|Viktor Orbán|Viktor Orban;Orban;Orbán|HUN|prime minister:GOV:1998-07-06:2002-05-27;prime minister:GOV:2010-05-29:|
    jair-bolsonaro|Jair Bolsonaro|Bolsonaro|BRA|president:GOV:2019-01-01:2023-01-01|
    lula-da-silva|Luiz Inácio Lula da Silva|Luiz Inacio Lula da Silva;Lula da Silva;Lula|BRA|president:GOV:2003-01-01:2011-01-01;president:GOV:2023-01-01:|
    andres-manuel-lopez-obrador|Andrés Manuel López Obrador|Andres Manuel Lopez Obrador;López Obrador;Lopez Obrador;AMLO|MEX|president:GOV:2018-12-01:2024-10-01|
    claudia-sheinbaum|Claudia Sheinbaum|Sheinbaum|MEX|mayor of Mexico City:GOV:2018-12-05:2023-06-16;president:GOV:2024-10-01:|
    justin-trudeau|Justin Trudeau|Trudeau|CAN|prime minister:GOV:2015-11-04:2025-03-14|
    mark-carney|Mark Carney|Carney|CAN|prime minister:GOV:2025-03-14:|
    anthony-albanese|Anthony Albanese|Albanese|AUS|prime minister:GOV:2022-05-23:|
    scott-morrison|Scott Morrison|Morrison|AUS|prime minister:GOV:2018-08-24:2022-05-23;lawmaker:LEG:2022-05-23:2024-02-28|
    rodrigo-duterte|Rodrigo Duterte|Duterte|PHL|president:GOV:2016-06-30:2022-06-30|
    ferdinand-marcos-jr|Ferdinand Marcos Jr.|Bongbong Marcos;Ferdinand Romualdez Marcos Jr.|PHL|president:GOV:2022-06-30:|
    muhammadu-buhari|Muhammadu Buhari|Buhari|NGA|president:GOV:2015-05-29:2023-05-29|
    bola-tinubu|Bola Tinubu|Bola Ahmed Tinubu;Tinubu|NGA|president:GOV:2023-05-29:|
    cyril-ramaphosa|Cyril Ramaphosa|Ramaphosa|ZAF|president:GOV:2018-02-15:|
    jacob-zuma|Jacob Zuma|Zuma|ZAF|president:GOV:2009-05-09:2018-02-14|
    uhuru-kenyatta|Uhuru Kenyatta|Kenyatta|KEN|president:GOV:2013-04-09:2022-09-13|
    william-ruto|William Ruto|Ruto|KEN|deputy president:GOV:2013-04-09:2022-09-13;president:GOV:2022-09-13:|
    yoweri-museveni|Yoweri Museveni|Museveni|UGA|president:GOV:1986-01-29:|
    muhoozi-kainerugaba|Muhoozi Kainerugaba|Kainerugaba|UGA|army chief:MIL:2024-03-21:|MIL
    bobi-wine|Bobi Wine|Robert Kyagulanyi|UGA|lawmaker:LEG:2017-07-01:2021-05-01|OPP
    abiy-ahmed|Abiy Ahmed|Abiy Ahmed Ali;Abiy|ETH|prime minister:GOV:2018-04-02:|
    abdel-fattah-el-sisi|Abdel Fattah el-Sisi|Abdel Fattah al-Sisi;Abdel-Fattah el-Sissi;el-Sisi;al-Sisi;Sisi|EGY|defense minister:GOV:2012-08-12:2014-03-26;president:GOV:2014-06-08:|
    bashar-al-assad|Bashar al-Assad|Bashar Assad;Bashar al-Asad;Assad|SYR|president:GOV:2000-07-17:2024-12-08|
    ahmed-al-sharaa|Ahmed al-Sharaa|Ahmad al-Sharaa;Sharaa;Abu Mohammed al-Jolani|SYR|president:GOV:2025-01-29:|REB
    mohammed-bin-zayed|Mohamed bin Zayed|Mohammed bin Zayed;Mohamed bin Zayed Al Nahyan;MBZ|ARE|president:GOV:2022-05-14:|
    tamim-bin-hamad-al-thani|Tamim bin Hamad Al Thani|Sheikh Tamim bin Hamad Al Thani;Sheikh Tamim|QAT|emir:GOV:2013-06-25:|
    king-abdullah-ii|King Abdullah II|Abdullah II|JOR|king:GOV:1999-02-07:|
    ayman-safadi|Ayman Safadi|Safadi|JOR|foreign minister:GOV:2017-01-15:|
    mahmoud-abbas|Mahmoud Abbas|Abu Mazen|PSE|president:GOV:2005-01-15:|
    ismail-haniyeh|Ismail Haniyeh|Haniyeh|PSE|Hamas political chief:UAF:2017-05-06:2024-07-31|UAF
    hassan-nasrallah|Hassan Nasrallah|Nasrallah|LBN|Hezbollah leader:UAF:1992-02-16:2024-09-27|UAF
    najib-mikati|Najib Mikati|Mikati|LBN|prime minister:GOV:2021-09-10:2025-02-08|
    mohammed-shia-al-sudani|Mohammed Shia al-Sudani|Mohammed Shia' al-Sudani;al-Sudani|IRQ|prime minister:GOV:2022-10-27:|
    shehbaz-sharif|Shehbaz Sharif|Shahbaz Sharif|PAK|prime minister:GOV:2022-04-11:2023-08-14;prime minister:GOV:2024-03-04:|
    imran-khan|Imran Khan||PAK|prime minister:GOV:2018-08-18:2022-04-10|OPP
    jam-kamal-khan-alyani|Jam Kamal Khan Alyani|Jam Kamal Khan;Jam Kamal|PAK|chief minister of Balochistan:GOV:2018-08-18:2021-10-24;lawmaker:LEG:2021-10-24:|
    sheikh-hasina|Sheikh Hasina|Hasina|BGD|prime minister:GOV:2009-01-06:2024-08-05|
    gotabaya-rajapaksa|Gotabaya Rajapaksa||LKA|president:GOV:2019-11-18:2022-07-14|
    mahinda-rajapaksa|Mahinda Rajapaksa||LKA|president:GOV:2005-11-19:2015-01-09;prime minister:GOV:2019-11-21:2022-05-09|
    andrzej-duda|Andrzej Duda|Duda|POL|president:GOV:2015-08-06:2025-08-06|
    donald-tusk|Donald Tusk|Tusk|POL|prime minister:GOV:2007-11-16:2014-09-22;European Council president:IGOEURGOV:2014-12-01:2019-11-30;prime minister:GOV:2023-12-13:|
    mateusz-morawiecki|Mateusz Morawiecki|Morawiecki|POL|prime minister:GOV:2017-12-11:2023-12-13|
    giorgia-meloni|Giorgia Meloni|Meloni|ITA|prime minister:GOV:2022-10-22:|
    mario-draghi|Mario Draghi|Draghi|ITA|ECB president:IGOEURBUS:2011-11-01:2019-10-31;prime minister:GOV:2021-02-13:2022-10-22|
    pedro-sanchez|Pedro Sánchez|Pedro Sanchez|ESP|prime minister:GOV:2018-06-02:|
    aleksandar-vucic|Aleksandar Vučić|Aleksandar Vucic;Vucic;Vučić|SRB|prime minister:GOV:2014-04-27:2017-05-31;president:GOV:2017-05-31:|
    albin-kurti|Albin Kurti|Kurti|XKX|prime minister:GOV:2020-02-03:2020-06-03;prime minister:GOV:2021-03-22:|OPP
    hashim-thaci|Hashim Thaçi|Hashim Thaci;Thaci;Thaçi|XKX|prime minister:GOV:2008-01-09:2014-12-09;foreign minister:GOV:2014-12-12:2016-04-07;president:GOV:2016-04-07:2020-11-05|
    boyko-borisov|Boyko Borisov|Borisov|BGR|prime minister:GOV:2009-07-27:2013-03-13;prime minister:GOV:2014-11-07:2017-01-27;prime minister:GOV:2017-05-04:2021-05-12|
    gitanas-nauseda|Gitanas Nausėda|Gitanas Nauseda;Nauseda;Nausėda|LTU|president:GOV:2019-07-12:|
    ibrahim-mohamed-solih|Ibrahim Mohamed Solih|Solih|MDV|president:GOV:2018-11-17:2023-11-17|
    ukhnaagiin-khurelsukh|Ukhnaagiin Khürelsükh|Ukhnaagiin Khurelsukh;Khurelsukh;Khürelsükh|MNG|prime minister:GOV:2017-10-20:2021-01-27;president:GOV:2021-06-25:|
    mohammed-hussein-roble|Mohamed Hussein Roble|Mohammed Hussein Roble;Roble|SOM|prime minister:GOV:2020-09-23:2022-06-26|
    nawaf-al-ahmad-al-jaber-al-sabah|Nawaf Al-Ahmad Al-Jaber Al-Sabah|Sheikh Nawaf;Nawaf al-Ahmad al-Jaber al-Sabah|KWT|emir:GOV:2020-09-30:2023-12-16|
    juri-ratas|Jüri Ratas|Juri Ratas;Ratas|EST|prime minister:GOV:2016-11-23:2021-01-26;speaker of parliament:LEG:2021-03-18:2023-04-10|
    diego-molano|Diego Molano|Molano|COL|defense minister:GOV:2021-02-09:2022-08-07|
    gustavo-petro|Gustavo Petro|Petro|COL|president:GOV:2022-08-07:|
    laurent-gbagbo|Laurent Gbagbo|Gbagbo|CIV|president:GOV:2000-10-26:2011-04-11|
    pope-francis|Pope Francis||VAT|pope:REL:2013-03-13:2025-04-21|REL
    pope-leo-xiv|Pope Leo XIV|Pope Leo|VAT|pope:REL:2025-05-08:|REL
    """
}
