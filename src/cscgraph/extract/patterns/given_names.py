"""Common given names in British and Irish public life: a lexicon, like a dictionary of words, that lets a two- or
three-word capitalised sequence starting with one be read as a person's name where no role, title or reporting verb
marks it ("grateful to Josh MacAlister", a byline "Fiona Simpson"). It names no person; a name is still only taken
where the words after the given name look like a surname (see `people.GIVEN_NAME_FIRST`)."""

GIVEN_NAMES = frozenset("""
Aamir Aaron Abbie Abby Abdi Abdirahman Abdul Abdullah Abdullahi Abena Abigail Abimbola Adaeze Adam Adebayo Adele
Adeola Adil Adnan Adrian Adrienne Adwoa Afzal Agnes Agnieszka Ahmad Ahmed Aidan Aileen Ailsa Aisha Aisling Ajay
Akash Akhtar Akua Alan Alana Alastair Albert Alec Aleksandra Alex Alexander Alexandra Alexis Alfie Alfred Ali Alia
Alice Alicia Alisha Alison Alistair Allan Allison Alok Alun Alys Ama Amaka Amal Amanda Amara Amardeep Amarjit Amber
Amelia Amina Aminah Amir Amira Amit Amran Amrit Amy Ana Anand Andrea Andrew Andrzej Andy Aneurin Angela Angharad
Angie Anil Anisa Anita Anjali Ann Ann-Marie Anna Annabel Annabelle Anne Anneliese Annette Annie Anntoinette Anoushka
Anthony Antoinette Antonia Anwar Anya Aoife Archie Arif Arjun Arlene Arnold Arthur Arun Asha Ashley Ashok Ashwin
Asif Asim Asma Astrid Aurelie Ayan Ayesha Ayo Ayodele Azra Babatunde Bal Baljit Balvinder Barbara Barnaby Barry
Basil Bea Beata Beatrice Becki Becky Belinda Ben Benedict Benjamin Bernadette Bernard Bernie Beth Bethany Bev
Beverley Bharat Bianca Bilal Bill Billy Blessing Bob Bobby Bola Bradley Brenda Brendan Brett Brian Brid Bridget
Brigid Bronwen Bryan Bryony Caitlin Callum Cameron Caoimhe Carl Carla Carmel Carmen Carol Caroline Carolyn Caron
Carrie Cassandra Catherine Cathy Catriona Cecilia Cerys Chantelle Charles Charlie Charlotte Cheryl Chiamaka Chiara
Chidi Chinedu Chinonso Chinwe Chioma Chloe Chris Christian Christina Christine Christopher Chukwuemeka Cian Ciara
Ciaran Cillian Claire Clara Clare Claudette Claudia Clive Colette Colin Collette Colm Connor Conor Constance Cora
Corinne Cormac Craig Crispin Cynthia Dafydd Daisy Dami Damian Damien Dan Dana Daniel Danny Daphne Darcy Darragh
Darren Dave David Davina Dawn Dean Debbie Deborah Declan Deepa Deepak Deirdre Dele Delroy Demi Denise Dennis Derek
Dervla Desmond Devon Dexter Dhruv Diana Diane Dilys Dina Dinesh Dmitri Dolores Dominic Dominika Dominique Donal
Donald Donna Doreen Dorota Dorothy Dougie Douglas Dragan Duncan Dylan Dympna Eamon Eamonn Ebere Ed Eddie Edith
Edward Edwina Efua Eileen Eilidh Eimear Ekow Elaine Eleanor Elena Elif Elin Elise Eliza Elizabeth Ella Ellen Ellie
Elliot Ellis Eloise Elsie Eluned Emeka Emer Emily Emma Emmanuel Enid Eoin Eric Erica Errol Esme Estelle Esther Ethan
Eugene Evan Eve Evelyn Evie Ewa Ewan Ewen Fadumo Faisal Farah Farhan Farida Fatima Faye Felicity Felix Femi Ffion
Finn Finola Fiona Fionnuala Flora Florence Folake Frances Francesca Francis Frank Fraser Freddie Funmi Gabriel
Gabriella Gail Gareth Gary Gavin Gayle Gaynor Geeta Gemma Genevieve Geoff Geoffrey George Georgia Georgina Gerald
Geraldine Gerard Gerry Gethin Gideon Giles Gill Gillian Gina Gita Glenn Gloria Godfrey Goran Gordon Grace Graham
Grainne Grant Greg Gregory Greta Grzegorz Gurinder Gurpreet Gwen Gwyneth Habib Hafsa Hamdi Hamid Hamish Hamza Hanif
Hannah Hardeep Harjit Haroon Harpreet Harriet Harry Harvey Hasan Hassan Hattie Hayley Hazel Heather Hector Heena
Heidi Helen Helena Helga Hema Henry Hester Hetty Hilary Hilda Hitesh Hodan Hollie Holly Hugh Hussain Hussein Huw
Hywel Iain Ian Ibrahim Idris Ifeoma Ifor Ikenna Ikram Ilona Imogen Imran Ines Ingrid Iona Iqbal Irene Irfan Iris
Iryna Isaac Isabel Isabella Isabelle Isha Ishaq Ishmael Ismail Ivan Ivana Ivor Iwan Izzy Jacinta Jack Jackie Jacob
Jacqueline Jacqui Jade Jagdeep Jakub Jamal James Jamie Jane Janet Janice Janine Jasmine Jason Jaspreet Jaswinder
Jatinder Javed Jay Jaya Jayne Jean Jeanette Jeff Jeffrey Jemima Jennifer Jenny Jeremy Jermaine Jerome Jess Jessica
Jessie Jide Jill Jim Jimmy Jo Joan Joanna Joanne Jocelyn Jodie Joe Joel Johanna John Jolene Jon Jonah Jonathan Jonny
Jordan Joseph Josephine Josh Joshua Josie Joy Joyce Jude Judith Judy Julia Julian Julianne Julie Juliet Junaid
Justin Kaleem Kamal Kamala Kamran Kareem Karen Karim Karina Karl Kasia Katarzyna Kate Katharine Katherine Kathleen
Kathryn Kathy Katie Katy Kavita Kay Kayode Kehinde Keir Keith Kelly Kelvin Kemi Ken Kenneth Kenny Kerry Kerry-Anne
Kevin Khadija Khalid Kim Kiran Kirsten Kirsty Kit Kofi Kojo Krishna Kristina Krzysztof Kuldip Kwabena Kwame Lachlan
Lakshmi Lara Lateef Laura Lauren Layla Leah Leanne Lee Leigh Leila Len Lena Lenny Leo Leon Leroy Lesley Leslie Lewis
Liam Libby Lilian Lily Linda Lindsay Lindsey Linh Lisa Liz Lizzie Llinos Lloyd Lola Lorenzo Lorna Lorraine Lottie
Louise Lubna Lucas Lucia Lucinda Lucy Luis Lukasz Luke Lydia Lyn Lyndsey Lynn Lynne Maddie Madeleine Madhu Maeve
Magdalena Maggie Mahamed Mahesh Mairead Maisie Majid Malcolm Malgorzata Mandeep Mandy Manish Manjit Manuel Marcia
Marcin Marcus Margaret Margot Maria Mariam Marianne Marie Marina Marion Marjorie Mark Marlene Marlon Marnie Marsha
Marta Martha Martin Martyn Mary Maryam Mathew Matilda Matt Matthew Maureen Max Maxine Maya Meena Meera Megan Mehmet
Mel Melanie Meleri Melissa Meryl Mhairi Michael Michaela Michal Michelle Mick Miguel Mihai Mike Milan Milena Millie
Minnie Miranda Miriam Mo Mohamed Mohammad Mohammed Moira Molly Monica Morag Morgan Muhammad Munira Mustafa Myra
Nabila Nadeem Nadhim Nadia Nadine Nana Naomi Naresh Nasir Natalia Natalie Natasha Nathan Nathaniel Naveed Navin
Navjot Naz Nazia Neena Neha Neil Nell Nellie Nerys Ngozi Niall Niamh Nichola Nicholas Nick Nicki Nicky Nicola Nicole
Nigel Nikhil Nikki Nimmi Nina Nirmala Nisha Nita Nitin Nkechi Nnamdi Nneka Noel Noor Nora Norah Norman Nuala Nusrat
Obi Obinna Odette Oisin Oksana Ola Olamide Olena Oliver Olivia Olu Olufemi Olusegun Oluwaseun Oluwatoyin Omar Oona
Orla Oscar Osman Owen Pablo Paddy Padraig Pam Pamela Parminder Parveen Pat Patricia Patrick Paul Paula Paulette
Pauline Pawel Pearl Penny Percy Perry Pete Peter Petra Phil Philip Philippa Phillip Pierre Piotr Pippa Polly Pooja
Poppy Prakash Precious Preeti Priti Priya Priyanka Rachael Rachel Rafael Rahul Raj Rajesh Rajinder Rakesh Ralph
Ramesh Rana Rani Rashid Rashida Ravi Rebecca Rehana Rekha Reuben Rhian Rhiannon Rhona Rhys Ricardo Richard Rick
Rishi Rita Rizwan Rob Robert Robin Robyn Roger Rohit Roisin Roland Ronald Ronan Ronnie Rory Ros Rosa Rosalind Rose
Rosemary Rosie Ross Rowan Rowena Roy Ruairi Rubina Ruby Rukhsana Rupert Rupinder Russell Ruth Ryan Sabrina Sacha
Sadia Sadiq Saeed Saima Saj Sajda Sajid Sally Salma Salman Sam Samantha Sameer Samina Samuel Sana Sandeep Sandra
Sanjay Sanjeev Santiago Saoirse Sara Sarah Sarita Saskia Satwinder Scott Seamus Sean Seema Segun Selina Sergei Seun
Shabana Shabnam Shahid Shaista Shakira Shamima Shanaz Shane Shannon Sharon Shaun Shauna Shazia Sheena Sheila Shelley
Sherry Shilpa Shirley Shona Shreya Sian Siddharth Simon Simran Sinead Siobhan Siobhán Sioned Sofia Solomon Sonia
Sonya Sophie Stacey Stan Stanley Stella Steph Stephanie Stephen Steve Steven Stewart Stuart Sue Sukhwinder Suki
Sumaya Sunil Sunita Suresh Surinder Susan Susannah Sushila Susie Suzanne Suzie Suzy Svetlana Sybil Tahir Tahmina
Taiwo Talia Tamsin Tania Tanya Tara Tariq Tasneem Tatiana Ted Temi Teresa Terry Tess Tessa Thea Theo Theresa Therese
Thomas Tilly Tim Timothy Tina Tobias Toby Tola Tolu Tom Tomasz Tomos Tony Toyin Tracey Tracy Trevor Trish Tunde
Tyrone Uche Uma Una Ursula Usha Valentina Valerie Vanessa Veronica Vicki Vicky Victoria Vijay Vikram Vinay Vince
Vincent Violet Vivienne Wale Waqar Wasim Wayne Wendy Wes Wilfred Will William Winston Wojciech Xavier Yasmeen Yasmin
Yasmine Yaw Yemi Yewande Yousef Yusuf Yvette Yvonne Zach Zahid Zahra Zainab Zara Zeinab Zoe Zoltan Zoran Zubair
""".split()) | frozenset(
    # Given names of older generations, as tributes, honours and court reports name carers and grandparents, and
    # Welsh given names, as Welsh councils and papers name their people.
    """Ada Agatha Alma Araminta Aubrey Audrey Bertha Beryl Bessie Betty Carole Cecil Clifford Cressida Cyril Dora
    Doris Edna Effie Ernest Ethel Frederick Gertrude Gladys Glenda Glenys Harold Henrietta Herbert Horace Hubert Ida
    Janette Jeannette Leonard Lionel Mabel Marian Maud Maurice Mavis Melvyn Mervyn Muriel Nancy Neville Norma Oswald
    Peggy Phyllis Queenie Raymond Reginald Rodney Sidney Sylvia Terence Trudy Vera Vernon Walter Winifred Winnie
    Aimee Amelie Freya Isla Jasper Jolyon Kayleigh Keeley Kyle Octavia Ollie Phoebe Piers Quentin Seb Sebastian
    Tabitha Tarquin Tasha Toni Tristan Verity Hugo
    Aled Arwel Bethan Bryn Cai Carwyn Carys Catrin Ceri Dai Delyth Dewi Eifion Eirian Eleri Elfed Emlyn Emyr Geraint
    Glyn Guto Gwilym Gwyn Hefin Iestyn Ieuan Ioan Islwyn Llewellyn Lowri Meirion Mostyn Nia Osian Owain Prys Rhodri
    Sion Siân Tegan Tudur Wyn Wynford""".split()) | frozenset(
    # Given names of today's Britain and its families from elsewhere (South Asian, African, Caribbean, Eastern and
    # Southern European, Irish), none of them an English word, a place or a brand.
    """Aaliyah Abdulrahman Abiola Adeel Adewale Aditi Aditya Afua Agata Aiden Alessandra Alessandro Alexa Alfredo Alisa
    Aliyu Allegra Amani Amos Anastasia Andreas Andrei Anika Ania Anjum Ansel Antony Arianna Arnav Asad Ashleigh Ashraf
    Aslam Ayaan Aziz Bartosz Bashir Beatriz Benita Bernice Bertie Bhavna Bogdan Boris Branwen Brianna Bronagh Caleb
    Callie Camilla Candice Carina Cecily Celia Chinyere Chipo Clarissa Clodagh Conall Corey Cosmo Damilola Dara Darius
    Davinder Dawit Deji Demetrius Desiree Dimitri Divya Dominik Donovan Dorcas Edmund Efe Eilish Elias Elspeth Emre
    Enya Erin Esi Eszter Evangeline Ezra Fabian Farhana Farooq Fergal Fergus Fernando Filip Fintan Flavia Francine
    Gabor Giovanni Gulshan Hadiza Hana Harinder Harvinder Hemal Inderjit Iwona Jameela Jayden Jenna Jorge Jovan Julius
    Jurgen Kacper Kalinda Kamila Karolina Krystyna Kulwant Lamar Latoya Leona Lorcan Luka Lyndon Maciej Malachy Manpreet
    Mansoor Marek Marisa Marius Mateusz Maximilian Milo Mirela Monika Morwenna Naeem Nasreen Navdeep Nikita Nilufar
    Oleksandr Oonagh Qasim Rabia Radhika Ranjit Raveena Reza Rohan Ruqayyah Samira Sarfraz Shanice Siddiqa Somto Sophia
    Stanislaw Sukhdev Tamara Tayo Tendai Teodora Thandiwe Uchenna Umar Vinod Wiktoria Zeynep
    Zofia""".split()) | frozenset(
    # More given names of people in Britain today, across its generations and the communities it holds, written from
    # general knowledge of common names (none chosen for one person), none an English word in the British word list.
    """Abdou Abel Adaora Addison Ade Adebola Adedayo Adenike Aderonke Adunni Afia Ailbhe Aine Akinola Alba Aleena
    Alesha Alexei Alfonso Alina Aliya Aliyah Alois Alyssa Amadou Ambrose Amna Anders Andre Andreea Ange Angelina
    Angelo Annalise Anouska Antoine Anton Anushka Arabella Ariana Arlo Armando Arran Aurora Ava Avril Azeem Bartek
    Beatrix Bella Benji Blair Bobbie Briony Busisiwe Calum Camille Carlos Cassie Charis Charlene Charley Chelsea
    Chidinma Chika Christos Clemence Cliona Connie Corrine Cosima Cristina Dalia Daniela Danielle Darcey Dawid
    Deanna Delia Denis Dilip Dionne Domenico Eden Edie Ekaterina Elodie Emil Emilia Emilie Etienne Eunice Fahad
    Farai Fardous Fatma Fenella Fiadh Finlay Finley Folasade Fran Frankie Funmilayo Gabriela Gabrielle Ghazala
    Giacomo Gianluca Giorgia Giuseppe Hallie Hanna Harley Harrison Hina Hiral Honor Humza Ifan Inayat India Indira
    Inna Ioana Irena Irina Ivo Iyabo Jacek Jackson Jagjit Jamila Janek Janina Jannat Jasmin Jaspal Javier Jiao
    Joelle Jonas Josef Jules Juliana Justyna Kai Katerina Keisha Kemal Kenji Kezia Kiera Kieran Kimberley Konrad
    Kristian Kristof Kwasi Laila Lana Larissa Laszlo Leonie Leticia Levi Lexi Lidia Lila Lina Linnea Lois Luca
    Lucian Lucja Luisa Macauley Madison Magda Mahmood Mahnaz Maja Malak Malik Manon Marco Mariana Martyna Matteo
    Mehreen Melek Mia Michalina Mikael Mikolaj Misha Mthunzi Nathalie Nikola Nkosi Nyasha Olatunde Olga Olumide
    Orlaith Paolo Paris Patrycja Penelope Rachida Radek Radu Rafal Rahim Rania Rayan Rebekah Reece Riya Romain
    Rosanna Roxanne Rumana Rutendo Ryszard Safiya Sahil Sakina Sapna Sarika Sarwar Scarlett Seren Shirin Siddiq
    Sienna Sione Sipho Siwan Stanislav Stefan Stefania Suzanna Sylwia Tadhg Tanisha Tanvir Tatenda Thabo Thandeka
    Tiago Tiana Tricia Ugo Usman Valeria Viktor Viktoria Vishal Viv Vivek Vladimir Ximena Yetunde Zac Zachary Zaid
    Zak Zanele Zoya Zuzanna""".split())
