// Organizations, written from general knowledge.
// Line: kind | id slug | canonical name | other names (";") | country ISO (or empty) | CAMEO code | extra
// kinds: igo, media, org (agency, party, armed group, company…), body (a government building or
// body used as a metonym: resolves to the country entity, the code is the mention's code),
// agreement (extra = the country ISO codes it binds, ";").
// Names written in capitals only (UN, WHO) match only when written in capitals.

extension ActorData {
  static let organizations = """
    igo|UN|United Nations|UN;U.N.;The United Nations;the U.N.;UNO||IGOUNO|
    igo|UNSC|UN Security Council|United Nations Security Council;U.N. Security Council;Security Council;UNSC||IGOUNO|
    igo|UNGA|UN General Assembly|United Nations General Assembly;U.N. General Assembly;General Assembly||IGOUNO|
    igo|UNHRC|UN Human Rights Council|United Nations Human Rights Council;U.N. Human Rights Council;Human Rights Council||IGOUNO|
    igo|UNHCR|UNHCR|UN refugee agency;United Nations High Commissioner for Refugees;U.N. refugee agency||IGOUNOREF|
    igo|UNICEF|UNICEF|United Nations Children's Fund||IGOUNO|
    igo|WFP|World Food Programme|WFP;World Food Program||IGOUNO|
    igo|UNESCO|UNESCO|||IGOUNO|
    igo|UNRWA|UNRWA|||IGOUNOREF|
    igo|ICJ|International Court of Justice|ICJ;World Court||IGOUNOJUD|
    igo|ICC|International Criminal Court|ICC||IGOJUD|
    igo|IAEA|International Atomic Energy Agency|IAEA;UN nuclear watchdog;U.N. nuclear watchdog||IGOUNO|
    igo|WHO|World Health Organization|WHO||IGOUNOHLH|
    igo|NATO|NATO|North Atlantic Treaty Organization;The North Atlantic Treaty Organization;Nato;North Atlantic Alliance||IGONAT|
    igo|EU|European Union|EU;E.U.;The European Union||IGOEUR|
    igo|EC|European Commission|Brussels Commission||IGOEURGOV|
    igo|EUCO|European Council|||IGOEURGOV|
    igo|EP|European Parliament|Europarliament||IGOEURLEG|
    igo|ECB|European Central Bank|ECB||IGOEURBUS|
    igo|OPEC|OPEC|Organization of the Petroleum Exporting Countries;OPEC+||IGOBUS|
    igo|AU|African Union|AU||IGOAFR|
    igo|IMF|International Monetary Fund|IMF||IGOBUS|
    igo|WB|World Bank|World Bank Group;The World Bank||IGOBUS|
    igo|WTO|World Trade Organization|WTO||IGOBUS|
    igo|ASEAN|ASEAN|Association of Southeast Asian Nations||IGOSEA|
    igo|ARABLEAGUE|Arab League|League of Arab States||IGOARB|
    igo|OSCE|OSCE|Organization for Security and Co-operation in Europe;Organization for Security and Cooperation in Europe||IGOEUR|
    igo|G7|G7|Group of Seven;G-7||IGOWST|
    igo|G20|G20|Group of 20;Group of Twenty;G-20||IGO|
    igo|BRICS|BRICS|||IGO|
    igo|SCO|Shanghai Cooperation Organization|SCO||IGOASA|
    igo|CSTO|Collective Security Treaty Organization|CSTO;The Collective Security Treaty Organization||IGO|
    igo|ECOWAS|ECOWAS|Economic Community of West African States||IGOWAF|
    igo|GCC|Gulf Cooperation Council|GCC||IGOGCC|
    igo|OIC|Organisation of Islamic Cooperation|Organization of Islamic Cooperation;OIC||IGOMOS|
    igo|OAS|Organization of American States|OAS||IGOAMR|
    igo|COE|Council of Europe|||IGOEUR|
    igo|INTERPOL|Interpol|INTERPOL||IGOCOP|
    igo|UNDP|UN Development Programme|UNDP;United Nations Development Programme;U.N. Development Programme||IGOUNO|
    igo|FAO|Food and Agriculture Organization|FAO;UN Food and Agriculture Organization||IGOUNO|
    igo|ILO|International Labour Organization|ILO;International Labor Organization||IGOUNOLAB|
    igo|OCHA|UN Office for the Coordination of Humanitarian Affairs|OCHA;UN humanitarian office||IGOUNO|
    igo|UNIFIL|UNIFIL|United Nations Interim Force in Lebanon;UN Interim Force in Lebanon||IGOUNOMIL|
    igo|MONUSCO|MONUSCO|UN mission in Congo||IGOUNOMIL|
    igo|UNMISS|UNMISS|UN Mission in South Sudan||IGOUNOMIL|
    igo|IEA|International Energy Agency|IEA||IGOBUS|
    igo|APEC|APEC|Asia-Pacific Economic Cooperation||IGOASA|
    igo|SADC|Southern African Development Community|SADC||IGOSAF|
    igo|IGAD|IGAD|Intergovernmental Authority on Development||IGOEAF|
    igo|MERCOSUR|Mercosur|Mercosul;Southern Common Market||IGOSAM|
    org|icrc|International Committee of the Red Cross|ICRC;Red Cross||NGO|
    org|red-crescent|Red Crescent|Red Crescent Society;Red Crescent Societies||NGO|
    org|amnesty-international|Amnesty International|Amnesty||NGO|
    org|human-rights-watch|Human Rights Watch|HRW||NGO|
    org|msf|Doctors Without Borders|Medecins Sans Frontieres;Médecins Sans Frontières;MSF||NGO|
    igo|OPCW|Organisation for the Prohibition of Chemical Weapons|Organization for the Prohibition of Chemical Weapons;OPCW||IGO|
    igo|OECD|OECD|Organisation for Economic Co-operation and Development||IGOBUS|
    media|associated-press|Associated Press|AP;The Associated Press|USA|USAMED|
    media|afp|Agence France-Presse|AFP;Agence France Presse|FRA|FRAMED|
    media|reuters|Reuters||GBR|GBRMED|
    media|the-hill|The Hill||USA|USAMED|
    media|cnn|CNN|Cable News Network|USA|USAMED|
    media|bbc|BBC|British Broadcasting Corporation;BBC News|GBR|GBRMED|
    media|the-new-york-times|The New York Times|New York Times;NYT|USA|USAMED|
    media|the-washington-post|The Washington Post|Washington Post|USA|USAMED|
    media|al-jazeera|Al Jazeera|Al-Jazeera;Aljazeera|QAT|QATMED|
    media|xinhua|Xinhua|Xinhua News Agency|CHN|CHNGOVMED|
    media|tass|TASS|Tass|RUS|RUSGOVMED|
    media|ria-novosti|RIA Novosti|RIA|RUS|RUSGOVMED|
    media|interfax|Interfax||RUS|RUSMED|
    media|rt|RT|Russia Today|RUS|RUSGOVMED|
    media|irna|IRNA|Islamic Republic News Agency|IRN|IRNGOVMED|
    media|fars|Fars News Agency|Fars|IRN|IRNMED|
    media|tasnim|Tasnim News Agency|Tasnim|IRN|IRNMED|
    media|press-tv|Press TV|PressTV|IRN|IRNGOVMED|
    media|fox-news|Fox News||USA|USAMED|
    media|nbc|NBC News|NBC|USA|USAMED|
    media|cbs|CBS News|CBS|USA|USAMED|
    media|abc-news|ABC News|ABC|USA|USAMED|
    media|msnbc|MSNBC||USA|USAMED|
    media|npr|NPR|National Public Radio|USA|USAMED|
    media|bloomberg|Bloomberg|Bloomberg News|USA|USAMED|
    media|politico|Politico|POLITICO|USA|USAMED|
    media|axios|Axios||USA|USAMED|
    media|the-guardian|The Guardian||GBR|GBRMED|
    media|wall-street-journal|The Wall Street Journal|Wall Street Journal;WSJ|USA|USAMED|
    media|financial-times|Financial Times|FT|GBR|GBRMED|
    media|the-economist|The Economist||GBR|GBRMED|
    media|the-times|The Times||GBR|GBRMED|
    media|the-telegraph|The Telegraph|Daily Telegraph|GBR|GBRMED|
    media|usa-today|USA Today||USA|USAMED|
    media|los-angeles-times|Los Angeles Times|LA Times|USA|USAMED|
    media|dpa|dpa|Deutsche Presse-Agentur|DEU|DEUMED|
    media|der-spiegel|Der Spiegel|Spiegel|DEU|DEUMED|
    media|le-monde|Le Monde||FRA|FRAMED|
    media|kyodo|Kyodo News|Kyodo|JPN|JPNMED|
    media|yonhap|Yonhap|Yonhap News Agency|KOR|KORMED|
    media|kcna|KCNA|Korean Central News Agency|PRK|PRKGOVMED|
    media|global-times|Global Times||CHN|CHNGOVMED|
    media|cctv|CCTV|China Central Television|CHN|CHNGOVMED|
    media|anadolu|Anadolu Agency|Anadolu|TUR|TURMED|
    media|haaretz|Haaretz||ISR|ISRMED|
    media|times-of-israel|The Times of Israel|Times of Israel|ISR|ISRMED|
    media|al-arabiya|Al Arabiya||SAU|SAUMED|
    media|sana|SANA|Syrian Arab News Agency|SYR|SYRGOVMED|
    media|ukrinform|Ukrinform||UKR|UKRGOVMED|
    media|kyiv-independent|The Kyiv Independent|Kyiv Independent|UKR|UKRMED|
    media|sky-news|Sky News||GBR|GBRMED|
    media|voa|Voice of America|VOA|USA|USAGOVMED|
    media|rferl|Radio Free Europe/Radio Liberty|RFE/RL;Radio Free Europe|USA|USAMED|
    media|newsweek|Newsweek||USA|USAMED|
    media|time|Time magazine||USA|USAMED|
    media|the-atlantic|The Atlantic||USA|USAMED|
    media|cnbc|CNBC||USA|USAMED|
    media|sonna|SONNA|Somali National News Agency|SOM|SOMGOVMED|
    body|white-house|White House|The White House|USA|USAGOV|
    body|state-department|State Department|Department of State;U.S. State Department;US State Department;Foggy Bottom|USA|USAGOV|
    body|pentagon|Pentagon|The Pentagon;Department of Defense;Defense Department;U.S. Defense Department|USA|USAMIL|
    body|national-security-council|National Security Council|NSC;U.S. National Security Council|USA|USAGOV|
    body|treasury|Treasury Department|U.S. Treasury;Department of the Treasury|USA|USAGOV|
    body|justice-department|Justice Department|Department of Justice;DOJ|USA|USAJUD|
    body|capitol-hill|Capitol Hill|U.S. Congress;US Congress;United States Congress;Congress;the Capitol|USA|USALEG|
    body|us-senate|U.S. Senate|US Senate;United States Senate|USA|USALEG|
    body|us-house|House of Representatives|U.S. House;US House;House of Representatives|USA|USALEG|
    body|supreme-court-us|U.S. Supreme Court|US Supreme Court;United States Supreme Court|USA|USAJUD|
    body|kremlin|Kremlin|The Kremlin|RUS|RUSGOV|
    body|duma|State Duma|Duma|RUS|RUSLEG|
    body|downing-street|Downing Street|No. 10;Number 10;10 Downing Street;Whitehall|GBR|GBRGOV|
    body|foreign-office|Foreign Office|Foreign, Commonwealth and Development Office;FCDO|GBR|GBRGOV|
    body|uk-parliament|House of Commons|Westminster;House of Lords|GBR|GBRLEG|
    body|dfid|Department for International Development|DfID;DFID|GBR|GBRGOV|
    body|elysee|Élysée|Elysee;Élysée Palace;Elysee Palace;Quai d'Orsay|FRA|FRAGOV|
    body|bundestag|Bundestag||DEU|DEULEG|
    body|chancellery|Chancellery|German Chancellery|DEU|DEUGOV|
    body|knesset|Knesset||ISR|ISRLEG|
    body|majlis|Islamic Consultative Assembly|Majlis;Iranian parliament;Legislative body of the Islamic Republic of Iran|IRN|IRNLEG|
    body|zhongnanhai|Zhongnanhai|Great Hall of the People|CHN|CHNGOV|
    body|npc|National People's Congress|NPC|CHN|CHNLEG|
    body|blue-house|Blue House|Yongsan|KOR|KORGOV|
    body|verkhovna-rada|Verkhovna Rada|Rada|UKR|UKRLEG|
    body|riigikogu|Riigikogu||EST|ESTLEG|
    body|lok-sabha|Lok Sabha|Rajya Sabha|IND|INDLEG|
    body|palestinian-authority|Palestinian Authority||PSE|PSEGOV|
    body|sejm|Sejm||POL|POLLEG|
    org|cia|Central Intelligence Agency|CIA|USA|USASPY|
    org|fbi|Federal Bureau of Investigation|FBI|USA|USACOP|
    org|dea|Drug Enforcement Administration|DEA|USA|USACOP|
    org|nsa|National Security Agency|NSA|USA|USASPY|
    org|dhs|Department of Homeland Security|DHS;Homeland Security|USA|USAGOV|
    org|ice|Immigration and Customs Enforcement|ICE|USA|USACOP|
    org|nasa|NASA|National Aeronautics and Space Administration|USA|USAGOV|
    org|fed|Federal Reserve|the Fed;Fed|USA|USAGOV|
    org|republican-party|Republican Party|GOP;Republicans|USA|USAPTY|
    org|democratic-party|Democratic Party|Democrats|USA|USAPTY|
    org|fsb|FSB|Federal Security Service|RUS|RUSSPY|
    org|gru|GRU||RUS|RUSSPY|
    org|svr|SVR|Foreign Intelligence Service|RUS|RUSSPY|
    org|wagner|Wagner Group|Wagner|RUS|RUSUAF|
    org|rosatom|Rosatom||RUS|RUSBUS|
    org|gazprom|Gazprom||RUS|RUSBUS|
    org|northern-fleet|Northern Fleet||RUS|RUSMIL|
    org|baltic-fleet|Baltic Fleet||RUS|RUSMIL|
    org|black-sea-fleet|Black Sea Fleet||RUS|RUSMIL|
    org|irgc|Islamic Revolutionary Guard Corps|IRGC;Revolutionary Guards;Revolutionary Guard;Islamic Revolutionary Guards Corps|IRN|IRNMIL|
    org|quds-force|Quds Force|Qods Force|IRN|IRNMIL|
    org|basij|Basij||IRN|IRNMIL|
    org|morality-police|morality police|Guidance Patrol|IRN|IRNCOP|
    org|hezbollah|Hezbollah|Hizbollah;Hizballah|LBN|LBNUAF|
    org|hamas|Hamas||PSE|PSEUAF|
    org|islamic-jihad|Islamic Jihad|Palestinian Islamic Jihad|PSE|PSEUAF|
    org|fatah|Fatah||PSE|PSEPTY|
    org|houthis|Houthis|Houthi;Ansar Allah;Houthi rebels|YEM|YEMREB|
    org|taliban|Taliban|The Taliban|AFG|AFGGOV|
    org|isis|Islamic State|ISIS;ISIL;Daesh;Islamic State group|XXX|IMGMOSREB|
    org|al-qaeda|al-Qaeda|Al Qaeda;al-Qaida;Al-Qaeda;Al Qaida|XXX|IMGMOSREB|
    org|al-shabab|al-Shabab|Al-Shabaab;al-Shabaab;Al Shabab|SOM|SOMREB|
    org|nusra-front|Nusra Front|al-Nusra Front;Jabhat al-Nusra;al-Nusra|SYR|SYRREB|
    org|hts|Hayat Tahrir al-Sham|HTS|SYR|SYRREB|
    org|free-syrian-army|Free Syrian Army|FSA|SYR|SYRREB|
    org|sohr|Syrian Observatory for Human Rights|SOHR|SYR|SYRNGO|
    org|muslim-brotherhood|Muslim Brotherhood|Muslim Brothers|EGY|EGYOPP|
    org|plo|Palestine Liberation Organization|PLO|PSE|PSEGOV|
    org|ttp|Tehrik-i-Taliban Pakistan|Pakistani Taliban;TTP|PAK|PAKREB|
    org|lashkar-e-taiba|Lashkar-e-Taiba|Lashkar-e-Toiba|PAK|PAKUAF|
    org|kataib-hezbollah|Kataib Hezbollah|Kata'ib Hezbollah|IRQ|IRQUAF|
    org|farc|FARC|Revolutionary Armed Forces of Colombia|COL|COLREB|
    org|eln|National Liberation Army|ELN|COL|COLREB|
    org|shining-path|Shining Path|Sendero Luminoso|PER|PERREB|
    org|kgb|KGB||RUS|RUSSPY|
    org|greenpeace|Greenpeace|||NGO|
    org|reporters-without-borders|Reporters Without Borders|Reporters Sans Frontieres;Reporters Sans Frontières||NGO|
    org|boko-haram|Boko Haram||NGA|NGAREB|
    org|sdf|Syrian Democratic Forces|SDF|SYR|SYRREB|
    org|pkk|PKK|Kurdistan Workers' Party|TUR|TURREB|
    org|fdlr|FDLR|Democratic Forces for the Liberation of Rwanda|RWA|RWAREB|
    org|codeco|CODECO||COD|CODUAF|
    org|m23|M23|March 23 Movement|COD|CODREB|
    org|los-zetas|Los Zetas|Zetas;Zetas Cartel|MEX|MEXCRM|
    org|sinaloa-cartel|Sinaloa Cartel||MEX|MEXCRM|
    org|pri|Institutional Revolutionary Party|PRI|MEX|MEXPTY|
    org|pan-party|National Action Party|PAN|MEX|MEXPTY|
    org|prd|Party of the Democratic Revolution|PRD|MEX|MEXPTY|
    org|morena|Morena||MEX|MEXPTY|
    org|bjp|Bharatiya Janata Party|BJP|IND|INDPTY|
    org|inc|Indian National Congress|Congress Party|IND|INDPTY|
    org|ccp|Chinese Communist Party|Communist Party of China;CCP;CPC|CHN|CHNGOV|
    org|pla|People's Liberation Army|PLA|CHN|CHNMIL|
    org|idf|Israel Defense Forces|IDF;Israeli Defense Forces|ISR|ISRMIL|
    org|mossad|Mossad||ISR|ISRSPY|
    org|shin-bet|Shin Bet|Shin Bet Security Service;Shabak|ISR|ISRSPY|
    org|likud|Likud||ISR|ISRPTY|
    org|sandf|South African National Defence Force|SANDF|ZAF|ZAFMIL|
    org|anc|African National Congress|ANC|ZAF|ZAFPTY|
    org|conservative-party|Conservative Party|Tories;Tory party|GBR|GBRPTY|
    org|labour-party|Labour Party|Labour|GBR|GBRPTY|
    org|mi6|MI6|Secret Intelligence Service|GBR|GBRSPY|
    org|mi5|MI5||GBR|GBRSPY|
    org|bundeswehr|Bundeswehr||DEU|DEUMIL|
    org|azov|Azov Regiment|Azov Battalion;Azov|UKR|UKRMIL|
    org|sbu|SBU|Security Service of Ukraine|UKR|UKRSPY|
    org|vetevendosje|Vetevendosje|Vetëvendosje|XKX|XKXPTY|
    org|oath-keepers|Oath Keepers||USA|USAUAF|
    org|proud-boys|Proud Boys||USA|USAUAF|
    org|harvard|Harvard University|Harvard|USA|USAEDU|
    org|mit|Massachusetts Institute of Technology|MIT|USA|USAEDU|
    org|oxford-university|Oxford University|University of Oxford|GBR|GBREDU|
    org|cambridge-university|Cambridge University|University of Cambridge|GBR|GBREDU|
    org|mongolian-peoples-party|Mongolian People's Party||MNG|MNGPTY|
    org|tatmadaw|Tatmadaw|Myanmar military|MMR|MMRMIL|
    org|rsf|Rapid Support Forces|RSF|SDN|SDNUAF|
    org|apple|Apple Inc.||USA|USABUS|
    org|google|Google||USA|USABUS|
    org|microsoft|Microsoft||USA|USABUS|
    org|amazon|Amazon.com||USA|USABUS|
    org|meta|Meta Platforms|Facebook|USA|USABUS|
    org|linkedin|LinkedIn||USA|USABUS|
    org|twitter|Twitter||USA|USABUS|
    org|tesla|Tesla||USA|USABUS|
    org|boeing|Boeing||USA|USABUS|
    org|lockheed|Lockheed Martin||USA|USABUS|
    org|aramco|Saudi Aramco|Aramco|SAU|SAUBUS|
    org|huawei|Huawei||CHN|CHNBUS|
    org|samsung|Samsung||KOR|KORBUS|
    org|vatican|Holy See||VAT|VATREL|
    agreement|jcpoa|Joint Comprehensive Plan of Action|JCPOA;Iran nuclear deal;Iran deal;nuclear deal with Iran|||IRN;USA;GBR;FRA;DEU;RUS;CHN
    agreement|new-start|New START|New START treaty;New Strategic Arms Reduction Treaty|||USA;RUS
    agreement|paris-agreement|Paris Agreement|Paris climate agreement;Paris climate accord;Paris Accord;Paris climate deal|||
    agreement|minsk-agreements|Minsk agreements|Minsk agreement;Minsk accords;Minsk II;Minsk Protocol|||UKR;RUS;FRA;DEU
    agreement|npt|Nuclear Non-Proliferation Treaty|Non-Proliferation Treaty;NPT|||
    agreement|inf-treaty|INF Treaty|Intermediate-Range Nuclear Forces Treaty|||USA;RUS
    agreement|abraham-accords|Abraham Accords||||ISR;ARE;BHR;MAR;USA
    agreement|oslo-accords|Oslo Accords||||ISR;PSE
    agreement|good-friday-agreement|Good Friday Agreement|Belfast Agreement|||GBR;IRL
    agreement|black-sea-grain-initiative|Black Sea Grain Initiative|grain deal;Black Sea grain deal|||UKR;RUS;TUR
    agreement|aukus|AUKUS|AUKUS pact|||AUS;GBR;USA
    agreement|usmca|USMCA|United States-Mexico-Canada Agreement|||USA;MEX;CAN
    agreement|budapest-memorandum|Budapest Memorandum||||UKR;RUS;USA;GBR
    agreement|camp-david-accords|Camp David Accords||||ISR;EGY;USA
    """
}
