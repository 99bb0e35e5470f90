// More office holders (same layout as `people`).

extension ActorData {
  static let morePeople = """
    george-h-w-bush|George H. W. Bush|George H.W. Bush;George Herbert Walker Bush;George Bush;Bush|USA|vice president:GOV:1981-01-20:1989-01-20;president:GOV:1989-01-20:1993-01-20|
    ronald-reagan|Ronald Reagan|Reagan|USA|governor:GOV:1967-01-02:1975-01-06;president:GOV:1981-01-20:1989-01-20|
    saddam-hussein|Saddam Hussein|Saddam|IRQ|president:GOV:1979-07-16:2003-04-09|
    akbar-hashemi-rafsanjani|Akbar Hashemi Rafsanjani|Hashemi Rafsanjani;Rafsanjani|IRN|president:GOV:1989-08-03:1997-08-03|
    mikhail-gorbachev|Mikhail Gorbachev|Gorbachev|SUN|general secretary:GOV:1985-03-11:1991-08-24;president:GOV:1990-03-15:1991-12-25|
    boris-yeltsin|Boris Yeltsin|Yeltsin|RUS|president:GOV:1991-07-10:1999-12-31|
    yasser-arafat|Yasser Arafat|Arafat|PSE|president:GOV:1994-07-05:2004-11-11|
    hosni-mubarak|Hosni Mubarak|Mubarak|EGY|president:GOV:1981-10-14:2011-02-11|
    muammar-gaddafi|Muammar Gaddafi|Moammar Gadhafi;Muammar al-Qaddafi;Gaddafi;Gadhafi;Qaddafi|LBY|leader:GOV:1969-09-01:2011-08-23|
    king-hussein|King Hussein|Hussein bin Talal|JOR|king:GOV:1952-08-11:1999-02-07|
    yitzhak-rabin|Yitzhak Rabin|Rabin|ISR|prime minister:GOV:1974-06-03:1977-06-20;prime minister:GOV:1992-07-13:1995-11-04|
    ariel-sharon|Ariel Sharon|Sharon|ISR|prime minister:GOV:2001-03-07:2006-04-14|
    mohammad-khatami|Mohammad Khatami|Khatami|IRN|president:GOV:1997-08-03:2005-08-03|
    mahmoud-ahmadinejad|Mahmoud Ahmadinejad|Ahmadinejad|IRN|president:GOV:2005-08-03:2013-08-03|
    ruhollah-khomeini|Ruhollah Khomeini|Ayatollah Ruhollah Khomeini;Ayatollah Khomeini;Khomeini|IRN|supreme leader:GOV:1979-12-03:1989-06-03|
    jacques-chirac|Jacques Chirac|Chirac|FRA|president:GOV:1995-05-17:2007-05-16|
    nicolas-sarkozy|Nicolas Sarkozy|Sarkozy|FRA|president:GOV:2007-05-16:2012-05-15|
    gerhard-schroeder|Gerhard Schröder|Gerhard Schroeder;Schröder;Schroeder|DEU|chancellor:GOV:1998-10-27:2005-11-22|
    helmut-kohl|Helmut Kohl|Kohl|DEU|chancellor:GOV:1982-10-01:1998-10-27|
    john-major|John Major||GBR|prime minister:GOV:1990-11-28:1997-05-02|
    margaret-thatcher|Margaret Thatcher|Thatcher|GBR|prime minister:GOV:1979-05-04:1990-11-28|
    gordon-brown|Gordon Brown||GBR|chancellor of the exchequer:GOV:1997-05-02:2007-06-27;prime minister:GOV:2007-06-27:2010-05-11|
    nursultan-nazarbayev|Nursultan Nazarbayev|Nazarbayev|KAZ|president:GOV:1990-04-24:2019-03-20|
    shavkat-mirziyoyev|Shavkat Mirziyoyev|Mirziyoyev|UZB|president:GOV:2016-12-14:|
    emomali-rahmon|Emomali Rahmon|Rahmon|TJK|president:GOV:1994-11-16:|
    irakli-kobakhidze|Irakli Kobakhidze|Kobakhidze|GEO|prime minister:GOV:2024-02-08:|
    salome-zourabichvili|Salome Zourabichvili|Zourabichvili|GEO|president:GOV:2018-12-16:2024-12-29|
    maia-sandu|Maia Sandu|Sandu|MDA|prime minister:GOV:2019-06-08:2019-11-14;president:GOV:2020-12-24:|
    klaus-iohannis|Klaus Iohannis|Iohannis|ROU|president:GOV:2014-12-21:2025-02-12|
    sauli-niinisto|Sauli Niinistö|Sauli Niinisto;Niinistö;Niinisto|FIN|president:GOV:2012-03-01:2024-03-01|
    alexander-stubb|Alexander Stubb|Stubb|FIN|prime minister:GOV:2014-06-24:2015-05-29;president:GOV:2024-03-01:|
    sanna-marin|Sanna Marin|Marin|FIN|prime minister:GOV:2019-12-10:2023-06-20|
    ulf-kristersson|Ulf Kristersson|Kristersson|SWE|prime minister:GOV:2022-10-18:|
    magdalena-andersson|Magdalena Andersson||SWE|prime minister:GOV:2021-11-30:2022-10-18|
    jonas-gahr-store|Jonas Gahr Støre|Jonas Gahr Store;Støre|NOR|prime minister:GOV:2021-10-14:|
    mette-frederiksen|Mette Frederiksen|Frederiksen|DNK|prime minister:GOV:2019-06-27:|
    dick-schoof|Dick Schoof|Schoof|NLD|prime minister:GOV:2024-07-02:|
    alexander-de-croo|Alexander De Croo|De Croo|BEL|prime minister:GOV:2020-10-01:2025-02-03|
    kyriakos-mitsotakis|Kyriakos Mitsotakis|Mitsotakis|GRC|prime minister:GOV:2019-07-08:|
    petr-fiala|Petr Fiala|Fiala|CZE|prime minister:GOV:2021-11-28:2025-12-09|
    petr-pavel|Petr Pavel||CZE|president:GOV:2023-03-09:|MIL
    robert-fico|Robert Fico|Fico|SVK|prime minister:GOV:2006-07-04:2010-07-08;prime minister:GOV:2012-04-04:2018-03-22;prime minister:GOV:2023-10-25:|
    karl-nehammer|Karl Nehammer|Nehammer|AUT|chancellor:GOV:2021-12-06:2025-01-10|
    leo-varadkar|Leo Varadkar|Varadkar|IRL|prime minister:GOV:2017-06-14:2020-06-27;prime minister:GOV:2022-12-17:2024-04-09|
    edi-rama|Edi Rama||ALB|prime minister:GOV:2013-09-15:|
    miguel-diaz-canel|Miguel Díaz-Canel|Miguel Diaz-Canel;Díaz-Canel;Diaz-Canel|CUB|president:GOV:2018-04-19:|
    javier-milei|Javier Milei|Milei|ARG|president:GOV:2023-12-10:|
    alberto-fernandez|Alberto Fernández|Alberto Fernandez|ARG|president:GOV:2019-12-10:2023-12-10|
    gabriel-boric|Gabriel Boric|Boric|CHL|president:GOV:2022-03-11:|
    sebastian-pinera|Sebastián Piñera|Sebastian Pinera;Piñera;Pinera|CHL|president:GOV:2010-03-11:2014-03-11;president:GOV:2018-03-11:2022-03-11|
    nayib-bukele|Nayib Bukele|Bukele|SLV|president:GOV:2019-06-01:|
    daniel-ortega|Daniel Ortega|Ortega|NIC|president:GOV:2007-01-10:|
    dina-boluarte|Dina Boluarte|Boluarte|PER|president:GOV:2022-12-07:2025-10-10|
    ivan-duque|Iván Duque|Ivan Duque;Duque|COL|president:GOV:2018-08-07:2022-08-07|
    joko-widodo|Joko Widodo|Jokowi;Widodo|IDN|president:GOV:2014-10-20:2024-10-20|
    prabowo-subianto|Prabowo Subianto|Prabowo|IDN|defense minister:GOV:2019-10-23:2024-10-20;president:GOV:2024-10-20:|
    anwar-ibrahim|Anwar Ibrahim|Anwar|MYS|prime minister:GOV:2022-11-24:|
    lee-hsien-loong|Lee Hsien Loong||SGP|prime minister:GOV:2004-08-12:2024-05-15|
    lawrence-wong|Lawrence Wong||SGP|prime minister:GOV:2024-05-15:|
    min-aung-hlaing|Min Aung Hlaing||MMR|commander-in-chief:MIL:2011-03-30:;junta leader:GOV:2021-02-01:|MIL
    aung-san-suu-kyi|Aung San Suu Kyi|Suu Kyi|MMR|state counsellor:GOV:2016-04-06:2021-02-01|OPP
    tsai-ing-wen|Tsai Ing-wen|Tsai|TWN|president:GOV:2016-05-20:2024-05-20|
    lai-ching-te|Lai Ching-te|William Lai|TWN|vice president:GOV:2020-05-20:2024-05-20;president:GOV:2024-05-20:|
    john-lee|John Lee Ka-chiu|John Lee|HKG|chief executive:GOV:2022-07-01:|
    carrie-lam|Carrie Lam|Lam|HKG|chief executive:GOV:2017-07-01:2022-07-01|
    ashraf-ghani|Ashraf Ghani|Ghani|AFG|president:GOV:2014-09-29:2021-08-15|
    hamid-karzai|Hamid Karzai|Karzai|AFG|president:GOV:2001-12-22:2014-09-29|
    hibatullah-akhundzada|Hibatullah Akhundzada|Akhundzada|AFG|supreme leader:GOV:2021-08-15:|REB
    zabihullah-mujahid|Zabihullah Mujahid|Mujahid|AFG|Taliban spokesman:GOV:2021-08-15:|REB
    abdelmadjid-tebboune|Abdelmadjid Tebboune|Tebboune|DZA|president:GOV:2019-12-19:|
    kais-saied|Kais Saied|Kais Saïed;Saied|TUN|president:GOV:2019-10-23:|
    mohammed-vi|King Mohammed VI|Mohammed VI|MAR|king:GOV:1999-07-23:|
    abdel-fattah-al-burhan|Abdel Fattah al-Burhan|Burhan;al-Burhan|SDN|head of the sovereign council:GOV:2019-08-21:|MIL
    mohamed-hamdan-dagalo|Mohamed Hamdan Dagalo|Hemedti;Dagalo|SDN|Rapid Support Forces commander:UAF:2013-01-01:|UAF
    khalifa-haftar|Khalifa Haftar|Haftar|LBY|Libyan National Army commander:MIL:2015-03-02:|MIL
    paul-kagame|Paul Kagame|Kagame|RWA|president:GOV:2000-04-22:|
    felix-tshisekedi|Félix Tshisekedi|Felix Tshisekedi;Tshisekedi|COD|president:GOV:2019-01-24:|
    hassan-sheikh-mohamud|Hassan Sheikh Mohamud|Mohamud|SOM|president:GOV:2012-09-16:2017-02-16;president:GOV:2022-05-23:|
    emmerson-mnangagwa|Emmerson Mnangagwa|Mnangagwa|ZWE|president:GOV:2017-11-24:|
    nana-akufo-addo|Nana Akufo-Addo|Akufo-Addo|GHA|president:GOV:2017-01-07:2025-01-07|
    macky-sall|Macky Sall||SEN|president:GOV:2012-04-02:2024-04-02|
    assimi-goita|Assimi Goïta|Assimi Goita;Goita;Goïta|MLI|president:GOV:2021-05-28:|MIL
    ibrahim-traore|Ibrahim Traoré|Ibrahim Traore|BFA|president:GOV:2022-09-30:|MIL
    michel-aoun|Michel Aoun||LBN|president:GOV:2016-10-31:2022-10-31|
    joseph-aoun|Joseph Aoun||LBN|army commander:MIL:2017-03-08:2025-01-09;president:GOV:2025-01-09:|MIL
    mustafa-al-kadhimi|Mustafa al-Kadhimi|al-Kadhimi;Kadhimi|IRQ|prime minister:GOV:2020-05-07:2022-10-27|
    hamad-bin-isa-al-khalifa|King Hamad bin Isa Al Khalifa|Hamad bin Isa Al Khalifa|BHR|king:GOV:1999-03-06:|
    haitham-bin-tariq|Haitham bin Tariq|Sultan Haitham bin Tariq|OMN|sultan:GOV:2020-01-11:|
    mishal-al-ahmad-al-jaber-al-sabah|Mishal Al-Ahmad Al-Jaber Al-Sabah|Sheikh Mishal|KWT|emir:GOV:2023-12-16:|
    yahya-sinwar|Yahya Sinwar|Sinwar|PSE|Hamas leader in Gaza:UAF:2017-02-13:2024-10-16|UAF
    naim-qassem|Naim Qassem|Qassem|LBN|Hezbollah leader:UAF:2024-10-29:|UAF
    abdul-malik-al-houthi|Abdul-Malik al-Houthi|Abdul Malik al-Houthi|YEM|Houthi leader:REB:2004-09-10:|REB
    lindsey-graham|Lindsey Graham||USA|senator:LEG:2003-01-03:|
    bernie-sanders|Bernie Sanders|Sanders|USA|senator:LEG:2007-01-03:|
    ted-cruz|Ted Cruz|Cruz|USA|senator:LEG:2013-01-03:|
    elizabeth-warren|Elizabeth Warren|Warren|USA|senator:LEG:2013-01-03:|
    bob-menendez|Bob Menendez|Robert Menendez;Menendez|USA|senator:LEG:2006-01-18:2024-08-20|
    hakeem-jeffries|Hakeem Jeffries|Jeffries|USA|representative:LEG:2013-01-03:;House minority leader:LEG:2023-01-03:|
    alexandria-ocasio-cortez|Alexandria Ocasio-Cortez|Ocasio-Cortez;AOC|USA|representative:LEG:2019-01-03:|
    john-thune|John Thune|Thune|USA|senator:LEG:2005-01-03:|
    merrick-garland|Merrick Garland|Garland|USA|attorney general:JUD:2021-03-11:2025-01-20|
    pam-bondi|Pam Bondi|Bondi|USA|attorney general:JUD:2025-02-05:|
    christopher-wray|Christopher Wray|Wray|USA|FBI director:COP:2017-08-02:2025-01-19|
    kash-patel|Kash Patel||USA|FBI director:COP:2025-02-21:|
    avril-haines|Avril Haines|Haines|USA|director of national intelligence:SPY:2021-01-21:2025-01-20|
    tulsi-gabbard|Tulsi Gabbard|Gabbard|USA|representative:LEG:2013-01-03:2021-01-03;director of national intelligence:SPY:2025-02-12:|
    john-ratcliffe|John Ratcliffe|Ratcliffe|USA|director of national intelligence:SPY:2020-05-26:2021-01-20;CIA director:SPY:2025-01-23:|
    mike-waltz|Mike Waltz|Waltz|USA|national security adviser:GOV:2025-01-20:2025-05-01;UN ambassador:GOV:2025-09-19:|
    steve-witkoff|Steve Witkoff|Witkoff|USA|special envoy:GOV:2025-01-20:|BUS
    matthew-miller|Matthew Miller||USA|State Department spokesman:GOV:2023-05-01:2025-01-20|
    vedant-patel|Vedant Patel||USA|State Department deputy spokesman:GOV:2021-01-20:2025-01-20|
    brett-mcgurk|Brett McGurk|McGurk|USA|Middle East coordinator:GOV:2021-01-20:2025-01-20|
    amos-hochstein|Amos Hochstein|Hochstein|USA|special envoy:GOV:2021-08-01:2025-01-20|
    gina-raimondo|Gina Raimondo|Raimondo|USA|commerce secretary:GOV:2021-03-03:2025-01-20|
    alejandro-mayorkas|Alejandro Mayorkas|Mayorkas|USA|homeland security secretary:GOV:2021-02-02:2025-01-20|
    kristi-noem|Kristi Noem|Noem|USA|governor:GOV:2019-01-05:2025-01-25;homeland security secretary:GOV:2025-01-25:|
    scott-bessent|Scott Bessent|Bessent|USA|treasury secretary:GOV:2025-01-28:|BUS
    charles-q-brown|Charles Q. Brown Jr.|CQ Brown|USA|chairman of the Joint Chiefs of Staff:MIL:2023-10-01:2025-02-21|MIL
    penny-wong|Penny Wong||AUS|foreign minister:GOV:2022-05-23:|
    melanie-joly|Mélanie Joly|Melanie Joly;Joly|CAN|foreign minister:GOV:2021-10-26:2025-05-13|
    chrystia-freeland|Chrystia Freeland|Freeland|CAN|foreign minister:GOV:2017-01-10:2019-11-20;deputy prime minister:GOV:2019-11-20:2024-12-16|
    antonio-tajani|Antonio Tajani|Tajani|ITA|foreign minister:GOV:2022-10-22:|
    jose-manuel-albares|José Manuel Albares|Jose Manuel Albares;Albares|ESP|foreign minister:GOV:2021-07-12:|
    radoslaw-sikorski|Radosław Sikorski|Radoslaw Sikorski;Sikorski|POL|foreign minister:GOV:2007-11-16:2014-09-22;foreign minister:GOV:2023-12-13:|
    gabrielius-landsbergis|Gabrielius Landsbergis|Landsbergis|LTU|foreign minister:GOV:2020-12-11:2024-12-12|
    peter-szijjarto|Péter Szijjártó|Peter Szijjarto;Szijjártó;Szijjarto|HUN|foreign minister:GOV:2014-09-23:|
    sameh-shoukry|Sameh Shoukry|Shoukry|EGY|foreign minister:GOV:2014-06-17:2024-07-03|
    fuad-hussein|Fuad Hussein||IRQ|foreign minister:GOV:2020-06-06:|
    faisal-mekdad|Faisal Mekdad|Mekdad|SYR|foreign minister:GOV:2020-11-22:2024-12-08|
    mohammed-bin-abdulrahman-al-thani|Mohammed bin Abdulrahman Al Thani|Sheikh Mohammed bin Abdulrahman Al Thani|QAT|foreign minister:GOV:2016-01-27:;prime minister:GOV:2023-03-07:|
    abdullah-bin-zayed|Abdullah bin Zayed|Abdullah bin Zayed Al Nahyan|ARE|foreign minister:GOV:2006-02-09:|
    wang-huning|Wang Huning||CHN|CPPCC chairman:GOV:2023-03-10:|
    han-zheng|Han Zheng||CHN|vice president:GOV:2023-03-10:|
    kim-jong-nam|Kim Jong-nam||PRK||CVL
    han-duck-soo|Han Duck-soo|Han Duck Soo|KOR|prime minister:GOV:2022-05-21:2025-06-04|
    cho-tae-yul|Cho Tae-yul|Cho Tae Yul|KOR|foreign minister:GOV:2024-01-10:2025-06-30|
    wang-yang|Wang Yang||CHN|CPPCC chairman:GOV:2018-03-14:2023-03-10|
    """
}
