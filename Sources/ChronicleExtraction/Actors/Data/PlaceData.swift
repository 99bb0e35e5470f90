// Cities and regions that are not capitals: `location` entities with their country.
// One line per country: ISO | places separated by ";".

extension ActorData {
  static let places = """
    USA|New York;New York City;Los Angeles;Chicago;Houston;Philadelphia;San Francisco;Boston;Miami;Seattle;Atlanta;Dallas;Detroit;Denver;Las Vegas;Phoenix;New Orleans;Baltimore;Pittsburgh;Minneapolis;Portland;San Diego;Austin;Nashville;Honolulu;Anchorage;California;Texas;Florida;Virginia;Ohio;Michigan;Pennsylvania;Arizona;Nevada;Alaska;Hawaii;Maryland;Massachusetts;Illinois;Minnesota;Wisconsin;Kentucky;Louisiana;Oregon;Colorado;Utah;Iowa;Kansas;Missouri;Tennessee;Alabama;Mississippi;Arkansas;Oklahoma;Nebraska;New Jersey;New Mexico;North Carolina;South Carolina;North Dakota;South Dakota;Idaho;Montana;Wyoming;Vermont;Connecticut;Delaware;Rhode Island;New Hampshire;Maine;Indiana;West Virginia;Guam
    RUS|St. Petersburg;Saint Petersburg;Novosibirsk;Yekaterinburg;Kazan;Nizhny Novgorod;Chelyabinsk;Samara;Rostov-on-Don;Rostov;Volgograd;Krasnodar;Vladivostok;Murmansk;Kaliningrad;Belgorod;Kursk;Bryansk;Voronezh;Sochi;Chechnya;Grozny;Dagestan;Siberia;Tyumen;Omsk;Perm;Irkutsk;Khabarovsk
    UKR|Kharkiv;Kharkov;Odesa;Odessa;Lviv;Dnipro;Zaporizhzhia;Zaporizhia;Mariupol;Kherson;Mykolaiv;Donetsk;Luhansk;Lugansk;Bakhmut;Sumy;Chernihiv;Poltava;Vinnytsia;Zhytomyr;Bucha;Irpin;Izium;Melitopol;Severodonetsk;Lysychansk;Avdiivka;Kramatorsk;Sloviansk;Crimea;Sevastopol;Donbas;Donbass;Uman;Kremenchuk;Ternopil;Rivne;Lutsk;Chernivtsi;Uzhhorod;Ivano-Frankivsk;Khmelnytskyi;Cherkasy;Kropyvnytskyi;Nikopol;Enerhodar
    IRN|Isfahan;Mashhad;Tabriz;Shiraz;Qom;Ahvaz;Karaj;Kermanshah;Natanz;Fordow;Bushehr;Arak;Bandar Abbas;Zahedan;Sanandaj;Saqqez;Rasht;Yazd;Kerman;Khuzestan;Kurdistan Province;Sistan and Baluchestan
    CHN|Shanghai;Guangzhou;Shenzhen;Wuhan;Chengdu;Chongqing;Tianjin;Nanjing;Xi'an;Hangzhou;Xinjiang;Tibet;Lhasa;Urumqi;Inner Mongolia;Guangdong;Sichuan;Yunnan;Fujian;Hainan;Harbin;Qingdao;Dalian;Xiamen;Kunming;Shenyang
    GBR|Manchester;Birmingham;Liverpool;Glasgow;Edinburgh;Cardiff;Belfast;Leeds;Bristol;Sheffield;Oxford;Cambridge;Scotland;Wales;England;Northern Ireland;Newcastle
    FRA|Marseille;Lyon;Toulouse;Nice;Nantes;Strasbourg;Bordeaux;Lille;Montpellier;Rennes;Corsica;Calais
    DEU|Munich;Hamburg;Frankfurt;Cologne;Stuttgart;Dusseldorf;Düsseldorf;Dresden;Leipzig;Hanover;Bonn;Nuremberg;Bavaria
    ISR|Tel Aviv;Haifa;Eilat;Ashkelon;Ashdod;Beersheba;Sderot;Golan Heights;Nazareth
    PSE|Gaza;Gaza Strip;West Bank;Hebron;Nablus;Jenin;Bethlehem;Rafah;Khan Younis;East Jerusalem;Jericho
    SAU|Jeddah;Mecca;Medina;Dammam;Dhahran;Neom
    TUR|Istanbul;Izmir;Antalya;Gaziantep;Diyarbakir;Adana;Bursa;Konya
    IND|Mumbai;Bombay;Delhi;Kolkata;Calcutta;Chennai;Madras;Bangalore;Bengaluru;Hyderabad;Ahmedabad;Pune;Kashmir;Jammu;Srinagar;Punjab;Kerala;Gujarat;Bihar;Uttar Pradesh;Maharashtra;Manipur;Assam
    JPN|Osaka;Kyoto;Yokohama;Nagoya;Hiroshima;Nagasaki;Okinawa;Fukushima;Sapporo;Kobe
    PRK|Yongbyon;Sinpo;Wonsan;Kaesong
    KOR|Busan;Incheon;Daegu;Gwangju
    SYR|Aleppo;Homs;Idlib;Raqqa;Deir ez-Zor;Latakia;Hama;Daraa;Tartus;Afrin;Kobani
    IRQ|Basra;Mosul;Erbil;Kirkuk;Fallujah;Najaf;Karbala;Ramadi;Tikrit;Sulaymaniyah
    AFG|Kandahar;Herat;Mazar-i-Sharif;Jalalabad;Helmand;Kunduz
    PAK|Karachi;Lahore;Peshawar;Quetta;Rawalpindi;Balochistan;Khyber Pakhtunkhwa
    EGY|Alexandria;Sinai;Giza;Suez;Sharm el-Sheikh;Luxor
    LBN|Tyre;Sidon;Tripoli, Lebanon;Baalbek
    YEM|Aden;Hodeidah;Marib;Taiz
    LBY|Benghazi;Misrata;Sirte
    MEX|Guadalajara;Monterrey;Tijuana;Ciudad Juarez;Ciudad Juárez;Cancun;Acapulco;Sinaloa;Culiacan;Michoacan;Puerto Penasco;Puerto Peñasco
    BRA|Sao Paulo;São Paulo;Rio de Janeiro;Rio;Salvador de Bahia;Manaus;Amazonas
    ITA|Milan;Naples;Turin;Venice;Florence;Palermo;Sicily;Genoa;Bologna;Lampedusa
    ESP|Barcelona;Valencia;Seville;Bilbao;Catalonia;Malaga
    CAN|Toronto;Montreal;Vancouver;Calgary;Edmonton;Quebec;Ontario;Alberta;British Columbia
    AUS|Sydney;Melbourne;Brisbane;Perth;Adelaide;Darwin;Queensland
    NLD|Rotterdam;Utrecht
    CHE|Geneva;Zurich;Davos;Lausanne;Basel
    AUT|Salzburg;Innsbruck
    POL|Krakow;Kraków;Gdansk;Wroclaw;Lodz;Rzeszow;Przewodow;Lublin
    BLR|Gomel;Brest;Grodno;Vitebsk;Mogilev
    GEO|Abkhazia;South Ossetia;Batumi
    MDA|Transnistria;Tiraspol
    AZE|Nagorno-Karabakh;Karabakh;Stepanakert;Ganja
    SOM|Somaliland;Puntland;Hargeisa;Kismayo
    CYP|Northern Cyprus;Famagusta
    BIH|Republika Srpska;Banja Luka;Mostar
    COD|Goma;Kivu;North Kivu;South Kivu;Ituri;Lubumbashi;Mongwalu
    NGA|Lagos;Kano;Maiduguri;Borno;Kaduna;Port Harcourt
    KEN|Mombasa;Kisumu
    ETH|Tigray;Mekelle;Amhara;Oromia
    SDN|Darfur;Omdurman;Port Sudan;El Fasher
    MMR|Yangon;Rangoon;Mandalay;Rakhine;Shan State
    IDN|Bali;Surabaya;Aceh;Papua;Java;Sumatra
    PHL|Mindanao;Cebu;Davao;Marawi
    VNM|Ho Chi Minh City;Saigon
    THA|Chiang Mai;Phuket
    KAZ|Almaty
    ARM|Gyumri
    VEN|Maracaibo
    COL|Medellin;Medellín;Cali
    ARG|Cordoba;Rosario
    ZAF|Johannesburg;Durban;Soweto
    MLI|Timbuktu;Gao
    TWN|Kaohsiung;Taichung
    HKG|Kowloon
    ---|Persian Gulf;Arabian Gulf;Gulf of Oman;Strait of Hormuz;Red Sea;Black Sea;Baltic Sea;Sea of Azov;Caspian Sea;Mediterranean;Mediterranean Sea;South China Sea;East China Sea;Taiwan Strait;Gulf of Aden;Arabian Sea;Indian Ocean;Pacific;Pacific Ocean;Atlantic;Atlantic Ocean;Arctic;Middle East;Near East;Horn of Africa;Sahel;Balkans;Caucasus;Central Asia;Southeast Asia;Latin America;Eastern Europe;Western Europe;Scandinavia;Gulf of Mexico;English Channel;North Sea;Korean Peninsula;Gaza Envelope
    """
}
