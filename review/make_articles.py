import json
A = []
def a(i, d, *s): A.append({"id": i, "date": d, "text": " ".join(s)})

a("b01","2021-02-01",
 "Myanmar's military seized power in a coup on Monday and detained State Counsellor Aung San Suu Kyi.",
 "The army declared a state of emergency for one year and handed power to commander-in-chief Min Aung Hlaing.",
 "The junta cut internet access across the country on Saturday.",
 "The United States threatened to impose sanctions on the generals.")
a("b02","2021-02-09",
 "Police in Myanmar fired rubber bullets and water cannon at protesters in the capital Naypyitaw on Tuesday.",
 "Security forces arrested dozens of demonstrators in Mandalay.",
 "Thousands of people marched in Yangon against the military government.",
 "The junta imposed a curfew in Yangon and Mandalay.")
a("b03","2020-08-10",
 "Belarusian riot police fired tear gas and stun grenades at protesters in Minsk on Monday.",
 "The interior ministry said police detained more than 3,000 people.",
 "Opposition candidate Svetlana Tikhanovskaya rejected the official results of the election.",
 "The European Union condemned the violence against peaceful demonstrators.")
a("b04","2022-01-05",
 "Kazakh President Kassym-Jomart Tokayev declared a state of emergency in Almaty on Wednesday after protesters stormed the mayor's office.",
 "Police used tear gas and stun grenades against crowds in the city.",
 "Tokayev asked the Collective Security Treaty Organization for help.",
 "Authorities shut down the internet across the country.")
a("b05","2023-03-15",
 "Pakistani police clashed with supporters of former prime minister Imran Khan in Lahore on Wednesday.",
 "Police fired tear gas at crowds outside Khan's home.",
 "Khan accused the government of trying to arrest him to keep him out of the election.",
 "A court in Islamabad later suspended the arrest warrant.")
a("b06","2023-05-10",
 "Pakistan's anti-corruption agency arrested Imran Khan on Tuesday.",
 "His supporters attacked the army headquarters in Rawalpindi.",
 "The government blocked mobile internet services and deployed the army in Punjab.",
 "The Supreme Court declared the arrest illegal on Thursday.")
a("b07","2022-07-09",
 "Sri Lankan protesters stormed the residence of President Gotabaya Rajapaksa in Colombo on Saturday.",
 "Police fired tear gas at demonstrators near the president's office.",
 "Rajapaksa fled the country and resigned.",
 "Parliament elected Ranil Wickremesinghe as president on July 20.")
a("b08","2024-08-05",
 "Bangladesh Prime Minister Sheikh Hasina resigned and fled to India on Monday after weeks of student protests.",
 "Army chief Waker-uz-Zaman said the military would form an interim government.",
 "Police had killed hundreds of protesters during the unrest.",
 "President Mohammed Shahabuddin ordered the release of opposition leader Khaleda Zia.")
a("b09","2024-07-19",
 "Bangladeshi authorities imposed a nationwide curfew and deployed the army on Friday.",
 "Police fired tear gas and rubber bullets at students in Dhaka.",
 "The government shut down mobile internet.",
 "Protesters set fire to the headquarters of the state broadcaster.")
a("b10","2023-07-26",
 "Soldiers in Niger detained President Mohamed Bazoum on Wednesday and announced on state television that they had seized power.",
 "General Abdourahamane Tchiani declared himself head of a transitional government.",
 "ECOWAS threatened to use force if the junta did not reinstate Bazoum.",
 "France suspended development aid to Niger.")
a("b11","2022-09-30",
 "Burkina Faso army captain Ibrahim Traore ousted military leader Paul-Henri Damiba on Friday.",
 "Soldiers closed the borders and suspended the constitution.",
 "The African Union condemned the coup.")
a("b12","2021-05-24",
 "Mali's military arrested interim President Bah Ndaw and Prime Minister Moctar Ouane on Monday.",
 "Colonel Assimi Goita stripped them of their powers.",
 "ECOWAS suspended Mali from the bloc.",
 "The United Nations called for their immediate release.")
a("b13","2021-09-05",
 "Special forces in Guinea captured President Alpha Conde on Sunday.",
 "Colonel Mamady Doumbouya announced the dissolution of the government and the constitution.",
 "The junta released dozens of political prisoners on Tuesday.")
a("b14","2023-08-30",
 "Army officers in Gabon seized power on Wednesday and placed President Ali Bongo under house arrest.",
 "The officers annulled the results of the presidential election.",
 "They named General Brice Oligui Nguema as transitional leader.")
a("b15","2021-10-25",
 "Sudan's army chief Abdel Fattah al-Burhan dissolved the government and declared a state of emergency on Monday.",
 "Soldiers detained Prime Minister Abdalla Hamdok.",
 "Security forces shot dead seven protesters in Khartoum.",
 "The World Bank suspended aid to Sudan.")
a("b16","2019-10-18",
 "Chilean President Sebastian Pinera declared a state of emergency in Santiago on Friday after protesters set fire to metro stations.",
 "Soldiers patrolled the streets for the first time since the end of the dictatorship.",
 "Police arrested more than 300 people.",
 "Pinera later apologised and announced a package of social reforms.")
a("b17","2021-05-01",
 "Colombian riot police fired tear gas at demonstrators in Cali on Saturday.",
 "Protesters blocked roads across the country against a tax reform.",
 "President Ivan Duque withdrew the tax bill on Sunday.")
a("b18","2022-12-07",
 "Peru's Congress impeached President Pedro Castillo on Wednesday hours after he tried to dissolve the legislature.",
 "Police arrested Castillo as he drove to the Mexican embassy.",
 "Vice President Dina Boluarte was sworn in as president.",
 "Castillo's supporters blocked highways and demanded new elections.")
a("b19","2022-12-15",
 "Peru's government declared a national state of emergency on Wednesday.",
 "Soldiers opened fire on protesters in Ayacucho and killed eight people.",
 "A judge ordered Castillo held in pre-trial detention for 18 months.")
a("b20","2024-07-30",
 "Venezuelan security forces fired tear gas at protesters in Caracas on Monday.",
 "Opposition leader Maria Corina Machado said the opposition had won the election.",
 "The electoral council declared Nicolas Maduro the winner.",
 "The United States recognised Edmundo Gonzalez as the winner.")
a("b21","2024-09-08",
 "Venezuelan opposition candidate Edmundo Gonzalez fled to Spain on Sunday.",
 "A Venezuelan court had issued a warrant for his arrest.",
 "Attorney General Tarek William Saab charged him with conspiracy.")
a("b22","2021-07-11",
 "Thousands of Cubans protested against the government in Havana on Sunday.",
 "Police detained hundreds of demonstrators.",
 "President Miguel Diaz-Canel blamed the United States for the unrest.",
 "Authorities restricted internet access on the island.")
a("b23","2023-01-08",
 "Supporters of former Brazilian president Jair Bolsonaro stormed Congress, the Supreme Court and the presidential palace in Brasilia on Sunday.",
 "Police arrested about 1,500 people.",
 "President Luiz Inacio Lula da Silva ordered federal intervention in the capital's security.",
 "A Supreme Court judge suspended the governor of Brasilia for 90 days.")
a("b24","2023-06-30",
 "Brazil's electoral court barred Jair Bolsonaro from running for office until 2030.",
 "The judges ruled that he had abused his power.",
 "Bolsonaro said he would appeal the decision.")
a("b25","2016-08-31",
 "Brazil's Senate removed President Dilma Rousseff from office on Wednesday.",
 "Senators voted 61 to 20 to convict her of breaking budget laws.",
 "Rousseff called the impeachment a coup.")
a("b26","2018-04-07",
 "Former Brazilian president Luiz Inacio Lula da Silva surrendered to police on Saturday.",
 "A judge had sentenced him to 12 years in prison for corruption.")
a("b27","2016-07-16",
 "Turkish President Tayyip Erdogan said the government had defeated a coup attempt by a faction of the military.",
 "Soldiers bombed the parliament building in Ankara.",
 "Authorities detained thousands of soldiers and suspended thousands of judges.",
 "Erdogan accused the cleric Fethullah Gulen of plotting the coup.")
a("b28","2016-07-21",
 "Turkey declared a three-month state of emergency on Wednesday.",
 "The government suspended more than 15,000 teachers.",
 "The European Union urged Turkey to respect the rule of law.")
a("b29","2025-03-19",
 "Turkish police detained Istanbul mayor Ekrem Imamoglu on Wednesday.",
 "Thousands of people protested in Istanbul against the arrest.",
 "Police fired tear gas and rubber bullets at demonstrators outside city hall.",
 "The main opposition Republican People's Party nominated Imamoglu as its presidential candidate.")
a("b30","2024-12-03",
 "South Korean President Yoon Suk Yeol declared martial law on Tuesday.",
 "Lawmakers voted to lift martial law hours later.",
 "The opposition Democratic Party filed a motion to impeach Yoon.",
 "Parliament impeached Yoon on December 14.")
a("b31","2025-01-15",
 "South Korean investigators arrested impeached President Yoon Suk Yeol at his residence on Wednesday.",
 "Prosecutors indicted Yoon on charges of leading an insurrection.",
 "The Constitutional Court removed Yoon from office on April 4.")
a("b32","2023-12-02",
 "Georgian police used water cannon and tear gas against protesters outside parliament in Tbilisi.",
 "The demonstrators opposed a law on foreign agents.",
 "The ruling Georgian Dream party withdrew the bill.")
a("b33","2024-12-01",
 "Georgian riot police detained more than 100 protesters in Tbilisi on Sunday.",
 "President Salome Zourabichvili refused to leave office.",
 "The opposition boycotted parliament after the October election.")
a("b34","2024-11-26",
 "Pakistani security forces cleared thousands of Imran Khan's supporters from Islamabad on Wednesday.",
 "The government suspended mobile internet in the capital.",
 "Khan's party called off the protest.")
a("b35","2021-03-08",
 "Senegalese police fired tear gas at supporters of opposition leader Ousmane Sonko in Dakar.",
 "Sonko was charged with rape and released under judicial supervision.",
 "President Macky Sall called for calm.")
a("b36","2024-02-03",
 "Senegal's President Macky Sall postponed the presidential election on Saturday.",
 "Police arrested opposition lawmakers in parliament.",
 "The Constitutional Council overturned the postponement.",
 "Opposition candidate Bassirou Diomaye Faye won the election in March.")
a("b37","2024-06-25",
 "Kenyan protesters stormed parliament in Nairobi on Tuesday after lawmakers passed a finance bill.",
 "Police opened fire on the crowd.",
 "President William Ruto withdrew the finance bill on Wednesday.",
 "Amnesty International accused the police of killing at least 23 people.")
a("b38","2023-03-20",
 "Kenyan police fired tear gas at supporters of opposition leader Raila Odinga in Nairobi on Monday.",
 "Odinga called for weekly protests against the government of William Ruto.",
 "Ruto warned the opposition against violence.")
a("b39","2021-01-15",
 "Uganda's government shut down the internet on the eve of the presidential election.",
 "Opposition candidate Bobi Wine said soldiers had surrounded his home.",
 "The electoral commission declared President Yoweri Museveni the winner.",
 "Wine rejected the results.")
a("b40","2022-09-20",
 "Iranian security forces fired on protesters in Kurdistan province on Tuesday.",
 "Women burned their headscarves during protests over the death of Mahsa Amini.",
 "Authorities restricted internet access in Tehran.",
 "The United States imposed sanctions on Iran's morality police.")
a("b41","2022-12-12",
 "Iran executed a second man in connection with the protests on Monday.",
 "A court had convicted him of killing two members of the Basij militia.",
 "Germany summoned Iran's ambassador over the executions.")
a("b42","2023-06-29",
 "French police arrested 667 people on Thursday night after riots over the killing of a teenager by a police officer.",
 "Rioters set fire to cars and attacked police stations.",
 "President Emmanuel Macron condemned the violence.")
a("b43","2023-03-20",
 "French lawmakers rejected two no-confidence motions against the government of Prime Minister Elisabeth Borne.",
 "Unions called a national strike against the pension reform.",
 "Police detained more than 200 protesters in Paris.")
a("b44","2024-03-17",
 "Russian police detained dozens of people at polling stations during the presidential election.",
 "Vladimir Putin won the election with 87 percent of the vote.",
 "Ukraine called the vote illegitimate.")
a("b45","2024-02-16",
 "Russian opposition leader Alexei Navalny died in an Arctic prison on Friday.",
 "Police detained hundreds of people who laid flowers in his memory.",
 "Navalny's widow Yulia Navalnaya accused Putin of killing her husband.")
a("b46","2023-08-04",
 "A Russian court sentenced Alexei Navalny to 19 more years in prison on Friday.",
 "The United States condemned the verdict.")
a("b47","2023-06-24",
 "Wagner fighters seized the military headquarters in Rostov-on-Don on Saturday.",
 "Yevgeny Prigozhin called off the march on Moscow.",
 "Putin accused Prigozhin of treason.")
a("b48","2019-06-12",
 "Hong Kong police fired tear gas and rubber bullets at protesters outside the legislature.",
 "Tens of thousands of people protested against a bill allowing extraditions to mainland China.",
 "Chief Executive Carrie Lam suspended the bill on Saturday.")
a("b49","2024-05-30",
 "A Hong Kong court convicted 14 pro-democracy activists of subversion on Thursday.",
 "The court acquitted two of the defendants.",
 "Britain and the United States criticised the verdicts.")
a("b50","2020-11-17",
 "Thai police fired water cannon and tear gas at protesters outside parliament in Bangkok.",
 "The demonstrators demanded the resignation of Prime Minister Prayuth Chan-ocha.",
 "Parliament rejected a proposal to amend the constitution.")
a("b51","2023-08-07",
 "Thailand's Constitutional Court suspended Move Forward Party leader Pita Limjaroenrat from parliament.",
 "Parliament blocked Pita's bid to become prime minister.",
 "Hundreds of his supporters protested in Bangkok.")
a("b52","2019-09-24",
 "Indonesian police fired tear gas at students protesting outside parliament in Jakarta on Tuesday.",
 "The students opposed a new criminal code.",
 "President Joko Widodo asked parliament to delay the vote.")
a("b53","2025-08-29",
 "Indonesian protesters set fire to regional parliament buildings on Friday.",
 "Police arrested more than 1,000 people in Jakarta.",
 "President Prabowo Subianto revoked the allowances of lawmakers.")
a("b54","2022-05-25",
 "Philippine Congress proclaimed Ferdinand Marcos Jr. the winner of the presidential election on Wednesday.",
 "Marcos defeated Vice President Leni Robredo.")
a("b55","2023-07-24",
 "Israel's parliament passed a law limiting the powers of the Supreme Court on Monday.",
 "Police used water cannon against protesters who blocked roads in Jerusalem.",
 "Opposition leader Yair Lapid said the opposition would petition the Supreme Court.")
a("b56","2019-04-11",
 "Sudan's military ousted President Omar al-Bashir on Thursday.",
 "Defence Minister Awad Ibn Auf announced a two-year transition.",
 "Protesters rejected the military council and continued their sit-in.",
 "Security forces killed dozens of protesters in Khartoum on June 3.")
a("b57","2019-11-10",
 "Bolivian President Evo Morales resigned on Sunday after the army chief asked him to step down.",
 "The Organization of American States found serious irregularities in the October election.",
 "Mexico granted asylum to Morales.")
a("b58","2022-10-10",
 "Chad's junta extended the transition by two years.",
 "Security forces killed about 50 protesters in N'Djamena on October 20.",
 "Prime Minister Saleh Kebzabo declared a curfew in the capital.")
a("b59","2023-12-20",
 "Police in the Democratic Republic of Congo fired tear gas at opposition supporters in Kinshasa.",
 "Opposition candidates Martin Fayulu and Moise Katumbi demanded a rerun of the election.",
 "The electoral commission declared President Felix Tshisekedi the winner.")
a("b60","2024-11-13",
 "Mozambican police fired tear gas at opposition supporters in Maputo.",
 "Opposition leader Venancio Mondlane called for a national strike.",
 "Human Rights Watch said police had killed at least 30 people since the election.")
a("b61","2020-10-20",
 "Nigerian soldiers opened fire on protesters at the Lekki toll gate in Lagos on Tuesday.",
 "The demonstrators were protesting against police brutality.",
 "Lagos state imposed a 24-hour curfew.")
a("b62","2021-12-23",
 "A court in Myanmar sentenced Aung San Suu Kyi to four years in prison.",
 "The junta later reduced the sentence to two years.",
 "The United Nations condemned the verdict.")
a("b63","2023-11-02",
 "Ethiopian security forces detained hundreds of Amhara civilians in Addis Ababa.",
 "Fano militia fighters attacked government forces in Gondar.",
 "The government extended the state of emergency in Amhara region.")
a("b64","2019-03-04",
 "Algerian students protested in Algiers against a fifth term for President Abdelaziz Bouteflika.",
 "Police fired tear gas at demonstrators near the presidential palace.",
 "Bouteflika withdrew his candidacy on March 11.")
a("b65","2021-07-25",
 "Tunisian President Kais Saied suspended parliament and dismissed Prime Minister Hichem Mechichi on Sunday.",
 "Ennahda leader Rached Ghannouchi called the move a coup.",
 "Soldiers blocked the parliament speaker from entering the building.")
a("b66","2023-05-15",
 "A Tunisian court sentenced opposition leader Rached Ghannouchi to one year in prison.",
 "Police arrested several opposition figures on charges of plotting against state security.")
a("b67","2022-08-09",
 "Kenyans voted in a presidential election on Tuesday.",
 "Deputy President William Ruto defeated Raila Odinga.",
 "Odinga challenged the result in the Supreme Court.",
 "The Supreme Court upheld Ruto's victory.")
a("b68","2020-07-04",
 "Serbian police fired tear gas at protesters outside parliament in Belgrade.",
 "President Aleksandar Vucic accused the opposition of organising the violence.")
a("b69","2025-01-24",
 "Serbian students blocked roads in Novi Sad on Friday.",
 "Prime Minister Milos Vucevic resigned on Tuesday.",
 "Vucic accused foreign agencies of funding the protests.")
a("b70","2017-10-01",
 "Spanish police raided polling stations in Catalonia during the independence referendum on Sunday.",
 "Police fired rubber bullets at voters in Barcelona.",
 "Catalan President Carles Puigdemont accused Madrid of repression.")
a("b71","2019-10-14",
 "Spain's Supreme Court sentenced nine Catalan separatist leaders to prison for sedition.",
 "Protesters blocked Barcelona airport.")
a("b72","2024-01-10",
 "Armed men stormed a television studio in Guayaquil on Tuesday.",
 "Ecuadorean President Daniel Noboa declared an internal armed conflict.",
 "Soldiers arrested more than 300 gang members.")
a("b73","2023-12-12",
 "Former Guatemalan president Alvaro Colom's party won the election.",
 "Guatemalan prosecutors sought to annul the election of President-elect Bernardo Arevalo.",
 "The Organization of American States accused prosecutors of attempting a coup.")
a("b74","2018-04-19",
 "Nicaraguan police fired on students protesting against pension reforms in Managua.",
 "President Daniel Ortega withdrew the reform on Sunday.",
 "The Catholic Church agreed to mediate talks between the government and the opposition.")
a("b75","2019-03-11",
 "Maoist rebels killed 10 police officers in an ambush in India's Chhattisgarh state.",
 "Security forces launched an operation against the insurgents.")
a("b76","2023-05-04",
 "The Indian government shut down the internet in Manipur on Thursday.",
 "The army deployed troops after ethnic clashes.",
 "Authorities issued shoot-on-sight orders.")
a("b77","2020-12-01",
 "Indian farmers blocked highways into New Delhi to protest against new farm laws.",
 "Police fired tear gas and water cannon at the farmers.",
 "Prime Minister Narendra Modi repealed the farm laws in November 2021.")
a("b78","2022-11-03",
 "A gunman shot Imran Khan in the leg at a rally in Wazirabad on Thursday.",
 "Khan blamed Prime Minister Shehbaz Sharif for the attack.")
a("b79","2021-08-11",
 "Zambian opposition leader Hakainde Hichilema won the presidential election.",
 "President Edgar Lungu conceded defeat.")
a("b80","2022-08-25",
 "Angola's ruling MPLA won the general election.",
 "The opposition party UNITA rejected the results.")
a("b81","2023-02-25",
 "Nigeria held a presidential election on Saturday.",
 "Bola Tinubu won the election.",
 "Opposition candidates Atiku Abubakar and Peter Obi challenged the result in court.")
a("b82","2024-01-13",
 "Taiwan's Lai Ching-te won the presidential election on Saturday.",
 "China warned that Taiwan independence meant war.")
a("b83","2025-04-01",
 "Former Philippine president Rodrigo Duterte was arrested in Manila on a warrant from the International Criminal Court.",
 "The Marcos government handed Duterte to the court in The Hague.")

with open("/work/wt-b/review/b_articles.jsonl","w") as f:
    for x in A: f.write(json.dumps(x)+"\n")
import re
print(len(A), sum(len(re.split(r'(?<=[.!?]) ', x["text"])) for x in A))
