// Countries and territories, written from general knowledge.
// One line per country: ISO alpha-3 | canonical name | other names | adjectives and demonyms | capitals.
// Lists inside a field are separated by ";". Capitals are metonyms for the government.

extension ActorData {
  static let countries = """
    AFG|Afghanistan|Islamic Emirate of Afghanistan|Afghan;Afghans;Afghani|Kabul
    ALB|Albania|Republic of Albania|Albanian;Albanians|Tirana
    DZA|Algeria|People's Democratic Republic of Algeria|Algerian;Algerians|Algiers
    AND|Andorra||Andorran;Andorrans|Andorra la Vella
    AGO|Angola||Angolan;Angolans|Luanda
    ATG|Antigua and Barbuda|Antigua|Antiguan;Antiguans|St. John's
    ARG|Argentina|Argentine Republic|Argentine;Argentinian;Argentines;Argentinians|Buenos Aires
    ARM|Armenia|Republic of Armenia|Armenian;Armenians|Yerevan
    AUS|Australia|Commonwealth of Australia|Australian;Australians|Canberra
    AUT|Austria|Republic of Austria|Austrian;Austrians|Vienna
    AZE|Azerbaijan|Republic of Azerbaijan|Azerbaijani;Azerbaijanis;Azeri;Azeris|Baku
    BHS|Bahamas|The Bahamas|Bahamian;Bahamians|Nassau
    BHR|Bahrain|Kingdom of Bahrain|Bahraini;Bahrainis|Manama
    BGD|Bangladesh|People's Republic of Bangladesh|Bangladeshi;Bangladeshis|Dhaka
    BRB|Barbados||Barbadian;Barbadians|Bridgetown
    BLR|Belarus|Republic of Belarus;Byelorussia|Belarusian;Belarusians;Belarussian|Minsk
    BEL|Belgium|Kingdom of Belgium|Belgian;Belgians|Brussels
    BLZ|Belize||Belizean;Belizeans|Belmopan
    BEN|Benin|Republic of Benin|Beninese|Porto-Novo;Cotonou
    BTN|Bhutan|Kingdom of Bhutan|Bhutanese|Thimphu
    BOL|Bolivia|Plurinational State of Bolivia|Bolivian;Bolivians|La Paz;Sucre
    BIH|Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina|Bosnian;Bosnians|Sarajevo
    BWA|Botswana|Republic of Botswana|Botswanan;Motswana;Batswana|Gaborone
    BRA|Brazil|Federative Republic of Brazil;Brasil|Brazilian;Brazilians|Brasilia;Brasília
    BRN|Brunei|Brunei Darussalam|Bruneian;Bruneians|Bandar Seri Begawan
    BGR|Bulgaria|Republic of Bulgaria|Bulgarian;Bulgarians|Sofia
    BFA|Burkina Faso|Burkina|Burkinabe;Burkinabè|Ouagadougou
    BDI|Burundi|Republic of Burundi|Burundian;Burundians|Gitega;Bujumbura
    CPV|Cape Verde|Cabo Verde|Cape Verdean;Cape Verdeans|Praia
    KHM|Cambodia|Kingdom of Cambodia|Cambodian;Cambodians|Phnom Penh
    CMR|Cameroon|Republic of Cameroon|Cameroonian;Cameroonians|Yaounde;Yaoundé
    CAN|Canada||Canadian;Canadians|Ottawa
    CAF|Central African Republic|CAR|Central African;Central Africans|Bangui
    TCD|Chad|Republic of Chad|Chadian;Chadians|N'Djamena
    CHL|Chile|Republic of Chile|Chilean;Chileans|Santiago
    CHN|China|People's Republic of China;PRC;Mainland China|Chinese|Beijing;Peking
    COL|Colombia|Republic of Colombia|Colombian;Colombians|Bogota;Bogotá
    COM|Comoros|Union of the Comoros|Comorian;Comorians|Moroni
    COG|Republic of the Congo|Congo-Brazzaville;Congo Republic|Congolese|Brazzaville
    COD|Democratic Republic of the Congo|DR Congo;DRC;D.R. Congo;Congo-Kinshasa;DR of Congo;Democratic Republic of Congo;Congo|Congolese|Kinshasa
    CRI|Costa Rica|Republic of Costa Rica|Costa Rican;Costa Ricans|San Jose
    CIV|Ivory Coast|Cote d'Ivoire;Côte d'Ivoire|Ivorian;Ivorians|Yamoussoukro;Abidjan
    HRV|Croatia|Republic of Croatia|Croatian;Croatians;Croat;Croats|Zagreb
    CUB|Cuba|Republic of Cuba|Cuban;Cubans|Havana
    CYP|Cyprus|Republic of Cyprus|Cypriot;Cypriots|Nicosia
    CZE|Czech Republic|Czechia|Czech;Czechs|Prague
    DNK|Denmark|Kingdom of Denmark|Danish;Danes;Dane|Copenhagen
    DJI|Djibouti|Republic of Djibouti|Djiboutian;Djiboutians|
    DMA|Dominica||Dominican|Roseau
    DOM|Dominican Republic||Dominicans|Santo Domingo
    ECU|Ecuador|Republic of Ecuador|Ecuadorian;Ecuadorians;Ecuadoran|Quito
    EGY|Egypt|Arab Republic of Egypt|Egyptian;Egyptians|Cairo
    SLV|El Salvador|Salvador|Salvadoran;Salvadorans;Salvadorian|San Salvador
    GNQ|Equatorial Guinea||Equatorial Guinean;Equatoguinean|Malabo
    ERI|Eritrea|State of Eritrea|Eritrean;Eritreans|Asmara
    EST|Estonia|Republic of Estonia|Estonian;Estonians|Tallinn
    SWZ|Eswatini|Swaziland|Swazi;Swazis|Mbabane
    ETH|Ethiopia|Federal Democratic Republic of Ethiopia|Ethiopian;Ethiopians|Addis Ababa
    FJI|Fiji|Republic of Fiji|Fijian;Fijians|Suva
    FIN|Finland|Republic of Finland|Finnish;Finns;Finn|Helsinki
    FRA|France|French Republic|French;Frenchman;Frenchmen;Frenchwoman|Paris
    GAB|Gabon|Gabonese Republic|Gabonese|Libreville
    GMB|Gambia|The Gambia|Gambian;Gambians|Banjul
    GEO|Georgia|Republic of Georgia|Georgian;Georgians|Tbilisi
    DEU|Germany|Federal Republic of Germany;Deutschland|German;Germans|Berlin
    GHA|Ghana|Republic of Ghana|Ghanaian;Ghanaians|Accra
    GRC|Greece|Hellenic Republic;Hellas|Greek;Greeks|Athens
    GRD|Grenada||Grenadian;Grenadians|St. George's
    GTM|Guatemala|Republic of Guatemala|Guatemalan;Guatemalans|Guatemala City
    GIN|Guinea|Republic of Guinea;Guinea-Conakry|Guinean;Guineans|Conakry
    GNB|Guinea-Bissau||Bissau-Guinean|Bissau
    GUY|Guyana||Guyanese|Georgetown
    HTI|Haiti|Republic of Haiti|Haitian;Haitians|Port-au-Prince
    HND|Honduras|Republic of Honduras|Honduran;Hondurans|Tegucigalpa
    HUN|Hungary||Hungarian;Hungarians|Budapest
    ISL|Iceland||Icelandic;Icelanders;Icelander|Reykjavik
    IND|India|Republic of India;Bharat|Indian;Indians|New Delhi
    IDN|Indonesia|Republic of Indonesia|Indonesian;Indonesians|Jakarta
    IRN|Iran|Islamic Republic of Iran;Persia;Islamic Republic|Iranian;Iranians;Persian|Tehran;Teheran
    IRQ|Iraq|Republic of Iraq|Iraqi;Iraqis|Baghdad
    IRL|Ireland|Republic of Ireland;Eire|Irish;Irishman|Dublin
    ISR|Israel|State of Israel|Israeli;Israelis|Jerusalem
    ITA|Italy|Italian Republic|Italian;Italians|Rome
    JAM|Jamaica||Jamaican;Jamaicans|Kingston
    JPN|Japan|Nippon|Japanese|Tokyo
    JOR|Jordan|Hashemite Kingdom of Jordan|Jordanian;Jordanians|Amman
    KAZ|Kazakhstan|Republic of Kazakhstan|Kazakh;Kazakhs;Kazakhstani|Astana;Nur-Sultan
    KEN|Kenya|Republic of Kenya|Kenyan;Kenyans|Nairobi
    KIR|Kiribati||I-Kiribati|Tarawa
    PRK|North Korea|Democratic People's Republic of Korea;DPRK|North Korean;North Koreans|Pyongyang
    KOR|South Korea|Republic of Korea;ROK;Korea|South Korean;South Koreans;Korean;Koreans|Seoul
    XKX|Kosovo|Republic of Kosovo|Kosovar;Kosovars;Kosovan|Pristina;Prishtina
    KWT|Kuwait|State of Kuwait|Kuwaiti;Kuwaitis|Kuwait City
    KGZ|Kyrgyzstan|Kyrgyz Republic;Kirghizia|Kyrgyz;Kyrgyzstani|Bishkek
    LAO|Laos|Lao People's Democratic Republic|Laotian;Laotians;Lao|Vientiane
    LVA|Latvia|Republic of Latvia|Latvian;Latvians|Riga
    LBN|Lebanon|Lebanese Republic|Lebanese|Beirut
    LSO|Lesotho|Kingdom of Lesotho|Basotho;Mosotho|Maseru
    LBR|Liberia|Republic of Liberia|Liberian;Liberians|Monrovia
    LBY|Libya|State of Libya|Libyan;Libyans|Tripoli
    LIE|Liechtenstein||Liechtensteiner|Vaduz
    LTU|Lithuania|Republic of Lithuania|Lithuanian;Lithuanians|Vilnius
    LUX|Luxembourg|Grand Duchy of Luxembourg|Luxembourgish;Luxembourger;Luxembourgers|
    MDG|Madagascar|Republic of Madagascar|Malagasy|Antananarivo
    MWI|Malawi|Republic of Malawi|Malawian;Malawians|Lilongwe
    MYS|Malaysia||Malaysian;Malaysians|Kuala Lumpur;Putrajaya
    MDV|Maldives|Republic of Maldives;The Maldives|Maldivian;Maldivians|
    MLI|Mali|Republic of Mali|Malian;Malians|Bamako
    MLT|Malta|Republic of Malta|Maltese|Valletta
    MHL|Marshall Islands||Marshallese|Majuro
    MRT|Mauritania|Islamic Republic of Mauritania|Mauritanian;Mauritanians|Nouakchott
    MUS|Mauritius|Republic of Mauritius|Mauritian;Mauritians|Port Louis
    MEX|Mexico|United Mexican States|Mexican;Mexicans|Mexico City
    FSM|Micronesia|Federated States of Micronesia|Micronesian;Micronesians|Palikir
    MDA|Moldova|Republic of Moldova|Moldovan;Moldovans|Chisinau;Chișinău
    MCO|Monaco|Principality of Monaco|Monegasque|
    MNG|Mongolia||Mongolian;Mongolians|Ulaanbaatar;Ulan Bator
    MNE|Montenegro||Montenegrin;Montenegrins|Podgorica
    MAR|Morocco|Kingdom of Morocco|Moroccan;Moroccans|Rabat
    MOZ|Mozambique|Republic of Mozambique|Mozambican;Mozambicans|Maputo
    MMR|Myanmar|Burma;Republic of the Union of Myanmar|Burmese;Myanmarese|Naypyidaw;Naypyitaw;Nay Pyi Taw
    NAM|Namibia|Republic of Namibia|Namibian;Namibians|Windhoek
    NRU|Nauru||Nauruan|
    NPL|Nepal||Nepali;Nepalese|Kathmandu
    NLD|Netherlands|The Netherlands;Holland;Kingdom of the Netherlands|Dutch;Dutchman|Amsterdam;The Hague
    NZL|New Zealand|Aotearoa|New Zealander;New Zealanders;Kiwi;Kiwis|Wellington
    NIC|Nicaragua|Republic of Nicaragua|Nicaraguan;Nicaraguans|Managua
    NER|Niger|Republic of Niger|Nigerien;Nigeriens|Niamey
    NGA|Nigeria|Federal Republic of Nigeria|Nigerian;Nigerians|Abuja
    MKD|North Macedonia|Macedonia;Republic of North Macedonia|Macedonian;Macedonians|Skopje
    NOR|Norway|Kingdom of Norway|Norwegian;Norwegians|Oslo
    OMN|Oman|Sultanate of Oman|Omani;Omanis|Muscat
    PAK|Pakistan|Islamic Republic of Pakistan|Pakistani;Pakistanis|Islamabad
    PLW|Palau||Palauan|Ngerulmud
    PSE|Palestine|State of Palestine;Palestinian territories;Palestinian Territories;Occupied Palestinian Territories|Palestinian;Palestinians|Ramallah
    PAN|Panama|Republic of Panama|Panamanian;Panamanians|Panama City
    PNG|Papua New Guinea||Papua New Guinean;Papua New Guineans|Port Moresby
    PRY|Paraguay|Republic of Paraguay|Paraguayan;Paraguayans|Asuncion;Asunción
    PER|Peru|Republic of Peru|Peruvian;Peruvians|Lima
    PHL|Philippines|The Philippines;Republic of the Philippines|Filipino;Filipinos;Philippine|Manila
    POL|Poland|Republic of Poland|Polish;Poles;Pole|Warsaw
    PRT|Portugal|Portuguese Republic|Portuguese|Lisbon
    QAT|Qatar|State of Qatar|Qatari;Qataris|Doha
    ROU|Romania|Rumania|Romanian;Romanians|Bucharest
    RUS|Russia|Russian Federation|Russian;Russians|Moscow
    RWA|Rwanda|Republic of Rwanda|Rwandan;Rwandans|Kigali
    KNA|Saint Kitts and Nevis|St. Kitts and Nevis|Kittitian|Basseterre
    LCA|Saint Lucia|St. Lucia|Saint Lucian;St. Lucian|Castries
    VCT|Saint Vincent and the Grenadines|St. Vincent and the Grenadines|Vincentian|Kingstown
    WSM|Samoa||Samoan;Samoans|Apia
    SMR|San Marino||Sammarinese|
    STP|Sao Tome and Principe|São Tomé and Príncipe|Santomean|Sao Tome
    SAU|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudis;Saudi Arabian;Saudi Arabians|Riyadh
    SEN|Senegal|Republic of Senegal|Senegalese|Dakar
    SRB|Serbia|Republic of Serbia|Serbian;Serbians;Serb;Serbs|Belgrade
    SYC|Seychelles||Seychellois|
    SLE|Sierra Leone||Sierra Leonean;Sierra Leoneans|Freetown
    SGP|Singapore|Republic of Singapore|Singaporean;Singaporeans|
    SVK|Slovakia|Slovak Republic|Slovak;Slovaks;Slovakian|Bratislava
    SVN|Slovenia|Republic of Slovenia|Slovenian;Slovenians;Slovene;Slovenes|Ljubljana
    SLB|Solomon Islands||Solomon Islander;Solomon Islanders|Honiara
    SOM|Somalia|Federal Republic of Somalia|Somali;Somalis;Somalian|Mogadishu
    ZAF|South Africa|Republic of South Africa;RSA|South African;South Africans|Pretoria;Cape Town
    SSD|South Sudan|Republic of South Sudan|South Sudanese|Juba
    ESP|Spain|Kingdom of Spain;España|Spanish;Spaniards;Spaniard|Madrid
    LKA|Sri Lanka|Ceylon|Sri Lankan;Sri Lankans|Colombo;Sri Jayawardenepura Kotte
    SDN|Sudan|Republic of the Sudan;The Sudan|Sudanese|Khartoum
    SUR|Suriname|Surinam|Surinamese|Paramaribo
    SWE|Sweden|Kingdom of Sweden|Swedish;Swedes;Swede|Stockholm
    CHE|Switzerland|Swiss Confederation|Swiss|Bern;Berne
    SYR|Syria|Syrian Arab Republic|Syrian;Syrians|Damascus
    TWN|Taiwan|Republic of China;Chinese Taipei;Formosa|Taiwanese|Taipei
    TJK|Tajikistan|Republic of Tajikistan|Tajik;Tajiks;Tajikistani|Dushanbe
    TZA|Tanzania|United Republic of Tanzania|Tanzanian;Tanzanians|Dodoma;Dar es Salaam
    THA|Thailand|Kingdom of Thailand;Siam|Thai;Thais|Bangkok
    TLS|East Timor|Timor-Leste|Timorese|Dili
    TGO|Togo|Togolese Republic|Togolese|Lome;Lomé
    TON|Tonga||Tongan;Tongans|Nuku'alofa
    TTO|Trinidad and Tobago|Trinidad|Trinidadian;Trinidadians|Port of Spain
    TUN|Tunisia|Tunisian Republic|Tunisian;Tunisians|Tunis
    TUR|Turkey|Türkiye;Turkiye;Republic of Turkey|Turkish;Turks;Turk|Ankara
    TKM|Turkmenistan||Turkmen;Turkmens|Ashgabat
    TUV|Tuvalu||Tuvaluan|Funafuti
    UGA|Uganda|Republic of Uganda|Ugandan;Ugandans|Kampala
    UKR|Ukraine|The Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev
    ARE|United Arab Emirates|UAE;U.A.E.;Emirates|Emirati;Emiratis|Abu Dhabi
    GBR|United Kingdom|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|British;Briton;Britons;Brits|London
    USA|United States|US;U.S.;USA;U.S.A.;America;United States of America;the States|American;Americans|Washington;Washington D.C.;Washington, D.C.
    URY|Uruguay|Oriental Republic of Uruguay|Uruguayan;Uruguayans|Montevideo
    UZB|Uzbekistan|Republic of Uzbekistan|Uzbek;Uzbeks;Uzbekistani|Tashkent
    VUT|Vanuatu||Ni-Vanuatu|Port Vila
    VAT|Vatican|Holy See;Vatican City|Vatican|
    VEN|Venezuela|Bolivarian Republic of Venezuela|Venezuelan;Venezuelans|Caracas
    VNM|Vietnam|Viet Nam;Socialist Republic of Vietnam|Vietnamese|Hanoi
    YEM|Yemen|Republic of Yemen|Yemeni;Yemenis|Sanaa;Sana'a
    ZMB|Zambia|Republic of Zambia|Zambian;Zambians|Lusaka
    ZWE|Zimbabwe|Republic of Zimbabwe|Zimbabwean;Zimbabweans|Harare
    HKG|Hong Kong|Hong Kong SAR|Hongkonger;Hongkongers;Hong Konger|
    MAC|Macau|Macao|Macanese|
    PRI|Puerto Rico||Puerto Rican;Puerto Ricans|San Juan
    GRL|Greenland||Greenlandic;Greenlanders|Nuuk
    SUN|Soviet Union|USSR;U.S.S.R.|Soviet;Soviets|
    ESH|Western Sahara|Sahrawi Republic|Sahrawi;Sahrawis|
    """
}
