import json
A = []
def art(id, date, text):
    A.append({"id": id, "date": date, "text": " ".join(text.split())})

art("a01", "2014-03-17", """WASHINGTON, March 17 (dyad) - The United States imposed sanctions on seven Russian officials on Monday over Moscow's annexation of Crimea.
The European Union froze the assets of 21 Russian and Ukrainian officials hours later.
President Barack Obama warned that Washington was prepared to impose further sanctions on Russia.
Russia's Foreign Ministry said the measures would not go unanswered.""")

art("a02", "2014-08-07", """MOSCOW, Aug. 7 (dyad) - Russia banned imports of meat, fish, dairy and fruit from the European Union and the United States for one year.
Prime Minister Dmitry Medvedev said the embargo was a response to Western sanctions.
Norway and Australia were also hit by the ban.
The European Commission said it regretted Moscow's decision.""")

art("a03", "2015-07-14", """VIENNA, July 14 (dyad) - Iran and six world powers reached a nuclear deal that will lift international sanctions on Tehran in exchange for curbs on its nuclear program.
Foreign Minister Mohammad Javad Zarif called the agreement a win-win solution.
Israeli Prime Minister Benjamin Netanyahu condemned the deal as a historic mistake.
The European Union said it would ease its oil embargo on Iran once inspectors verified compliance.""")

art("a04", "2016-01-16", """VIENNA, Jan. 16 (dyad) - The United States and the European Union lifted sanctions on Iran on Saturday after the International Atomic Energy Agency confirmed that Tehran had met its commitments.
Iranian President Hassan Rouhani hailed the lifting of sanctions as a golden page in the country's history.
Washington imposed new sanctions on 11 companies and individuals linked to Iran's ballistic missile program a day later.""")

art("a05", "2018-05-08", """WASHINGTON, May 8 (dyad) - President Donald Trump withdrew the United States from the Iran nuclear deal on Tuesday and said he would reimpose sanctions on Tehran.
France, Germany and Britain said they regretted the decision.
Iran's President Hassan Rouhani said Tehran would remain in the agreement for now.
The U.S. Treasury said sanctions on Iran's oil sector would take effect after a 180-day wind-down period.""")

art("a06", "2018-11-05", """WASHINGTON, Nov. 5 (dyad) - The United States restored sanctions on Iran's oil, banking and shipping sectors on Monday.
Secretary of State Mike Pompeo said eight countries, including China, India and Japan, had been granted temporary waivers to keep buying Iranian oil.
Iran accused Washington of economic warfare.
Thousands of Iranians rallied in Tehran to denounce the sanctions.""")

art("a07", "2018-03-08", """WASHINGTON, March 8 (dyad) - Trump signed proclamations imposing tariffs of 25 percent on steel imports and 10 percent on aluminum.
Canada and Mexico were exempted from the tariffs.
The European Union threatened to retaliate with duties on American products such as bourbon and motorcycles.
China urged Washington to abandon the measures.""")

art("a08", "2018-07-06", """BEIJING, July 6 (dyad) - China retaliated against U.S. tariffs on $34 billion of Chinese goods by imposing duties on the same amount of American imports.
The Commerce Ministry accused the United States of launching the largest trade war in economic history.
Washington said it was ready to put tariffs on a further $200 billion of Chinese products.""")

art("a09", "2019-05-15", """WASHINGTON, May 15 (dyad) - The Commerce Department added Huawei Technologies to its entity list, barring the Chinese company from buying American components without government approval.
Beijing said it firmly opposed the move and would take necessary measures to protect Chinese firms.
Huawei said the restrictions would harm American businesses.""")

art("a10", "2020-01-15", """WASHINGTON, Jan. 15 (dyad) - The United States and China signed a phase one trade agreement at the White House on Wednesday.
Under the deal, Beijing pledged to buy an additional $200 billion of American goods over two years.
Vice Premier Liu He signed the agreement with Trump.
Washington agreed to halve tariffs on $120 billion of Chinese goods.""")

art("a11", "2022-02-22", """BERLIN, Feb. 22 (dyad) - Germany halted the certification of the Nord Stream 2 gas pipeline on Tuesday after Russia recognised two breakaway regions of eastern Ukraine.
Chancellor Olaf Scholz announced the decision in Berlin.
Britain sanctioned five Russian banks and three wealthy individuals.
Former Russian President Dmitry Medvedev said Europeans would soon pay 2,000 euros for 1,000 cubic metres of gas.""")

art("a12", "2022-02-26", """BRUSSELS, Feb. 26 (dyad) - The United States, the European Union, Britain and Canada agreed to cut off selected Russian banks from the SWIFT payment system.
The Western allies also pledged to freeze the assets of Russia's central bank.
Japan said it would join the sanctions.
Kremlin spokesman Dmitry Peskov said Russia had prepared for the sanctions.""")

art("a13", "2022-03-08", """WASHINGTON, March 8 (dyad) - President Joe Biden banned imports of Russian oil, gas and coal on Tuesday.
Britain said it would phase out imports of Russian oil by the end of the year.
Shell said it would stop buying Russian crude.
Moscow warned that oil prices could rise above $300 a barrel.""")

art("a14", "2022-06-03", """BRUSSELS, June 3 (dyad) - The European Union adopted a sixth package of sanctions against Russia that includes a partial embargo on Russian oil.
Hungary secured an exemption for pipeline oil after Prime Minister Viktor Orban blocked the package for weeks.
The bloc also removed Sberbank from SWIFT.
Ukrainian President Volodymyr Zelenskiy welcomed the embargo.""")

art("a15", "2022-10-07", """WASHINGTON, Oct. 7 (dyad) - The Biden administration imposed sweeping export controls on China's access to advanced semiconductors and chipmaking equipment.
China's Foreign Ministry said the curbs would hurt American companies.
The Netherlands and Japan later agreed to restrict exports of chipmaking tools to China.""")

art("a16", "2023-07-03", """BEIJING, July 3 (dyad) - China announced export controls on gallium and germanium, two metals used in chipmaking.
The Commerce Ministry said the restrictions were needed to safeguard national security.
Analysts said the curbs were retaliation for U.S. restrictions on chip exports.
The European Commission said it was concerned about the decision.""")

art("a17", "2017-06-05", """RIYADH, June 5 (dyad) - Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic ties with Qatar on Monday and imposed a land, sea and air blockade on the Gulf state.
Riyadh accused Doha of supporting terrorism.
Qatar's Foreign Ministry denied the accusations.
Turkey said it would send food to Qatar.""")

art("a18", "2021-01-05", """AL-ULA, Saudi Arabia, Jan. 5 (dyad) - Saudi Arabia and its allies agreed to end their embargo on Qatar at a Gulf summit on Tuesday.
Crown Prince Mohammed bin Salman embraced Qatar's Emir Sheikh Tamim bin Hamad Al Thani on his arrival.
Egypt said it would restore air links with Doha.""")

art("a19", "2019-01-28", """WASHINGTON, Jan. 28 (dyad) - The United States imposed sanctions on Venezuela's state oil company PDVSA on Monday.
National Security Adviser John Bolton said the measures would block $7 billion in assets.
President Nicolas Maduro called the sanctions illegal and said Venezuela would take legal action.
Opposition leader Juan Guaido said the assets would be protected for the Venezuelan people.""")

art("a20", "2023-10-18", """WASHINGTON, Oct. 18 (dyad) - The United States eased sanctions on Venezuela's oil and gas sector after the government and the opposition agreed on an election roadmap.
The Treasury issued a six-month license authorising transactions with the oil industry.
Venezuela released five political prisoners on Wednesday.""")

art("a21", "2024-04-17", """WASHINGTON, April 17 (dyad) - The United States said it would not renew a license easing oil sanctions on Venezuela, accusing President Nicolas Maduro of failing to keep his election promises.
Caracas rejected the decision.
The State Department said it remained open to easing sanctions again.""")

art("a22", "2017-08-05", """UNITED NATIONS, Aug. 5 (dyad) - The U.N. Security Council unanimously imposed new sanctions on North Korea on Saturday over its ballistic missile tests.
The resolution bans North Korean exports of coal, iron and seafood.
China and Russia voted for the resolution.
Pyongyang vowed to make the United States pay a thousand-fold for the sanctions.""")

art("a23", "2016-09-10", """BEIJING, Sept. 10 (dyad) - China suspended imports of coal from North Korea under U.N. sanctions.
South Korea cut off aid to North Korea after its fifth nuclear test.
The Japanese government tightened its own sanctions against Pyongyang.""")

art("a24", "2019-03-22", """WASHINGTON, March 22 (dyad) - Trump said on Friday he had ordered the withdrawal of additional sanctions on North Korea that the Treasury had announced a day earlier.
The Treasury had sanctioned two Chinese shipping companies for helping North Korea evade sanctions.
South Korea welcomed the decision.""")

art("a25", "2020-12-14", """WASHINGTON, Dec. 14 (dyad) - The United States sanctioned Turkey's military procurement agency over its purchase of Russian S-400 missile defence systems.
Turkey's Foreign Ministry condemned the sanctions and urged Washington to reverse the mistake.
Ankara bought the S-400 systems from Moscow in 2017 for $2.5 billion.""")

art("a26", "2019-10-14", """WASHINGTON, Oct. 14 (dyad) - Trump imposed sanctions on three Turkish ministers and raised steel tariffs on Turkey to 50 percent over its offensive in northern Syria.
He also halted negotiations on a $100 billion trade deal with Ankara.
France and Germany suspended arms exports to Turkey.
Turkish President Tayyip Erdogan said the sanctions would not stop the operation.""")

art("a27", "2018-10-25", """BERLIN, Oct. 25 (dyad) - Germany suspended arms exports to Saudi Arabia after the killing of journalist Jamal Khashoggi.
Chancellor Angela Merkel urged other European countries to follow.
Denmark and Finland also halted arms sales to Riyadh.
Saudi Arabia's Foreign Minister Adel al-Jubeir said the arms embargo would not affect the kingdom.""")

art("a28", "2017-05-20", """RIYADH, May 20 (dyad) - Saudi Arabia and the United States signed arms deals worth $110 billion during Trump's visit to Riyadh.
The kingdom also agreed to invest $20 billion in American infrastructure projects.
Iran criticised the deals.""")

art("a29", "2021-09-28", """PARIS, Sept. 28 (dyad) - Greece agreed to buy three frigates from France in a deal worth about 3 billion euros.
French President Emmanuel Macron and Greek Prime Minister Kyriakos Mitsotakis announced the deal in Paris.
Turkey said the agreement threatened regional peace.""")

art("a30", "2015-07-13", """BRUSSELS, July 13 (dyad) - Euro zone leaders agreed to offer Greece a third bailout of up to 86 billion euros after 17 hours of talks.
Greek Prime Minister Alexis Tsipras accepted tough reforms in exchange for the loans.
The International Monetary Fund said Greece needed significant debt relief.
Germany's Finance Minister Wolfgang Schaeuble had proposed a temporary Greek exit from the euro.""")

art("a31", "2022-03-21", """COLOMBO, March 21 (dyad) - India extended a $1 billion credit line to Sri Lanka to help it buy food and medicine.
Sri Lanka asked the International Monetary Fund for a bailout as its foreign reserves ran out.
China offered Colombo a $2.5 billion loan.""")

art("a32", "2023-03-20", """WASHINGTON, March 20 (dyad) - The International Monetary Fund approved a $3 billion bailout for Sri Lanka.
President Ranil Wickremesinghe thanked the IMF and Sri Lanka's creditors.
China agreed to restructure Sri Lanka's debt.""")

art("a33", "2023-03-31", """WASHINGTON, March 31 (dyad) - The IMF approved a $15.6 billion loan for Ukraine on Friday.
It was the first IMF program for a country at war.
Ukrainian Prime Minister Denys Shmyhal thanked the fund for its support.
The World Bank pledged a further $200 million to Kyiv for schools and hospitals.""")

art("a34", "2023-07-12", """ISLAMABAD, July 12 (dyad) - The IMF board approved a $3 billion loan to Pakistan.
Saudi Arabia deposited $2 billion with Pakistan's central bank on Tuesday.
The United Arab Emirates also gave Pakistan $1 billion.
Prime Minister Shehbaz Sharif thanked Riyadh and Abu Dhabi.""")

art("a35", "2023-02-01", """LUSAKA, Feb. 1 (dyad) - China agreed to provide debt relief to Zambia, clearing the way for an IMF bailout.
Zambia defaulted on its foreign debt in 2020.
U.S. Treasury Secretary Janet Yellen urged Beijing to move faster on debt restructuring.""")

art("a36", "2017-08-01", """WASHINGTON, Aug. 1 (dyad) - The United States cut $65 million in military aid to Egypt and delayed another $195 million over human rights concerns.
Egypt's Foreign Ministry said it regretted the decision.
Washington also withheld aid to Pakistan in January.""")

art("a37", "2018-01-16", """WASHINGTON, Jan. 16 (dyad) - The United States withheld $65 million of its planned funding to the U.N. agency for Palestinian refugees.
The Palestinian Authority condemned the decision.
UNRWA appealed to donors for more money.
Belgium pledged an additional 19 million euros to the agency.""")

art("a38", "2024-01-27", """WASHINGTON, Jan. 27 (dyad) - The United States, Germany and Britain suspended funding to UNRWA after Israel accused 12 of its staff of taking part in the Oct. 7 attack.
The agency fired the staff members.
Norway said it would continue to fund UNRWA.
Spain announced an extra 3.5 million euros for the agency.""")

art("a39", "2024-04-24", """WASHINGTON, April 24 (dyad) - Biden signed a $95 billion aid package for Ukraine, Israel and Taiwan into law on Wednesday.
The package includes $61 billion in military aid for Kyiv.
Zelenskiy thanked American lawmakers for the support.
Moscow said the aid would not change the situation on the battlefield.""")

art("a40", "2023-12-14", """BRUSSELS, Dec. 14 (dyad) - Hungary vetoed a 50 billion euro EU aid package for Ukraine.
The European Commission had unfrozen 10 billion euros of funds for Budapest a day earlier.
Viktor Orban said Ukraine should not get EU money.""")

art("a41", "2024-02-01", """BRUSSELS, Feb. 1 (dyad) - European Union leaders agreed on a 50 billion euro aid package for Ukraine on Thursday after Hungary dropped its veto.
European Council President Charles Michel said the deal guaranteed steady funding for Kyiv.
Ukraine welcomed the decision.""")

art("a42", "2020-05-11", """CANBERRA, May 11 (dyad) - China suspended beef imports from four Australian meat plants.
Beijing later imposed anti-dumping duties of 80 percent on Australian barley.
Australia's trade minister Simon Birmingham said Canberra might challenge the tariffs at the World Trade Organization.
China had been angered by Australia's call for an inquiry into the origins of the coronavirus.""")

art("a43", "2024-08-05", """CANBERRA, Aug. 5 (dyad) - China lifted its last trade sanctions on Australian beef on Monday.
Prime Minister Anthony Albanese welcomed the decision.
Beijing had removed tariffs on Australian wine in March.""")

art("a44", "2021-12-23", """VILNIUS, Dec. 23 (dyad) - China blocked imports from Lithuania after Vilnius allowed Taiwan to open a representative office.
The European Union said it would take the dispute to the World Trade Organization.
Taiwan pledged to buy Lithuanian rum that China had refused.""")

art("a45", "2025-02-01", """WASHINGTON, Feb. 1 (dyad) - Trump imposed tariffs of 25 percent on imports from Mexico and Canada and 10 percent on goods from China.
Canadian Prime Minister Justin Trudeau said Canada would respond with tariffs on 155 billion Canadian dollars of American goods.
Mexico's President Claudia Sheinbaum ordered retaliatory tariffs.
China said it would file a complaint with the World Trade Organization.""")

art("a46", "2025-04-09", """BEIJING, April 9 (dyad) - China raised its tariffs on American goods to 84 percent on Wednesday.
Hours later Trump paused higher tariffs on most countries for 90 days but increased duties on Chinese imports to 125 percent.
The European Union suspended its countermeasures against U.S. tariffs.""")

art("a47", "2025-05-12", """GENEVA, May 12 (dyad) - The United States and China agreed to cut their tariffs on each other's goods for 90 days.
Treasury Secretary Scott Bessent said Washington would lower tariffs on Chinese goods to 30 percent.
China said it would reduce its duties on American imports to 10 percent.""")

art("a48", "2019-07-01", """TOKYO, July 1 (dyad) - Japan tightened restrictions on exports to South Korea of three materials used in smartphones and chips.
Seoul said it would file a complaint with the World Trade Organization.
South Korean consumers boycotted Japanese beer and clothing.""")

art("a49", "2019-08-02", """TOKYO, Aug. 2 (dyad) - Japan removed South Korea from its white list of trusted trading partners.
South Korea said it would drop Japan from its own list of trusted nations in retaliation.
Seoul also decided to end an intelligence-sharing pact with Tokyo.""")

art("a50", "2024-06-12", """WASHINGTON, June 12 (dyad) - The Treasury Department imposed sanctions on more than 300 individuals and entities in Russia and China for helping Moscow evade Western sanctions.
The measures target companies that supply Russia with microchips.
China said it firmly opposed the unilateral sanctions.""")

art("a51", "2022-05-02", """MOSCOW, May 2 (dyad) - Russia banned 63 Japanese journalists and officials from entering the country.
Moscow also cut off gas supplies to Poland and Bulgaria last week after they refused to pay in roubles.
Gazprom halted deliveries to Finland on May 21.""")

art("a52", "2022-09-05", """MOSCOW, Sept. 5 (dyad) - Russia said gas flows through Nord Stream 1 would not resume until the West lifted sanctions.
The European Union agreed to cap the price of Russian oil.
G7 finance ministers agreed to impose a price cap on Russian oil exports.""")

art("a53", "2023-05-19", """HIROSHIMA, May 19 (dyad) - Group of Seven leaders agreed to tighten sanctions on Russia at a summit in Japan.
Britain banned imports of Russian diamonds, copper and nickel.
The United States sanctioned about 300 more targets.
Russia accused the G7 of trying to contain Russia and China.""")

art("a54", "2021-05-20", """WASHINGTON, May 20 (dyad) - The Biden administration waived sanctions on the company behind the Nord Stream 2 pipeline and its chief executive.
Secretary of State Antony Blinken said the waiver was in the national interest.
Ukraine said it was disappointed by the decision.""")

art("a55", "2014-12-17", """HAVANA, Dec. 17 (dyad) - The United States and Cuba agreed to restore diplomatic relations after more than 50 years.
Obama said he would ease restrictions on travel and trade with Cuba.
Congress must approve any lifting of the embargo.
Raul Castro praised the decision.""")

art("a56", "2021-01-11", """WASHINGTON, Jan. 11 (dyad) - The Trump administration put Cuba back on the list of state sponsors of terrorism.
Cuban Foreign Minister Bruno Rodriguez condemned the decision.
The designation restricts economic aid to Havana.""")

art("a57", "2023-07-17", """MOSCOW, July 17 (dyad) - President Vladimir Putin placed the Russian subsidiaries of France's Danone and Denmark's Carlsberg under temporary state management.
The Kremlin said the decree was a response to Western seizures of Russian assets.
France said it would defend the interests of its companies.
Carlsberg accused Moscow of taking its business illegally.""")

art("a58", "2016-05-05", """NEW DELHI, May 5 (dyad) - India and Iran signed an agreement to develop the Chabahar port.
Iran agreed to sell more oil to India.
India pledged $500 million for the project.""")

art("a59", "2018-09-10", """BEIJING, Sept. 10 (dyad) - Russia and China signed a deal to expand gas supplies through the Power of Siberia pipeline.
Gazprom agreed to supply 38 billion cubic metres of gas a year to China.
Russia also sold Su-35 fighter jets to Beijing.""")

art("a60", "2020-06-10", """WASHINGTON, June 10 (dyad) - The United States suspended some of its aid to Ethiopia over a dispute about the Grand Ethiopian Renaissance Dam.
Ethiopia called the decision unacceptable.
Egypt had asked Washington to pressure Addis Ababa.""")

with open("/work/wt-a/review/a_articles.jsonl", "w") as f:
    for a in A:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
print(len(A), sum(a["text"].count(". ") + 1 for a in A))
