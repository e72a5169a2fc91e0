"""Common given names in British and Irish public life: a lexicon, like a dictionary of words, that lets a two- or
three-word capitalised sequence starting with one be read as a person's name where no role, title or reporting verb
marks it ("grateful to Josh MacAlister", a byline "Fiona Simpson"). It names no person; a name is still only taken
where the words after the given name look like a surname (see `people.GIVEN_NAME_FIRST`)."""

GIVEN_NAMES = frozenset("""
Aaron Abby Abdul Abigail Adam Adele Adrian Ahmed Aidan Aileen Alan Alastair Albert Alec Alex Alexander Alexandra
Alexis Ali Alice Alicia Alison Alistair Allan Allison Alun Amanda Amber Amelia Amir Amit Amy Ana Andrea Andrew Andy
Angela Angie Anita Ann Anna Anne Annette Annie Anthony Antonia Anwar Archie Arthur Asha Ashley Ashok Aisha Bal Barbara
Barry Beatrice Becky Beth Bethany Bev Beverley Bill Billy Bob Bobby Brenda Brendan Brian Bridget Bronwen Bryan
Caitlin Callum Cameron Carl Carla Carmel Carol Caroline Carolyn Carrie Catherine Cathy Cecilia Charles Charlie
Charlotte Cheryl Chloe Chris Christian Christina Christine Christopher Claire Clare Colin Connor Craig Dan Dana
Daniel Danny Darren Dave David Dawn Dean Debbie Deborah Declan Denise Dennis Derek Diana Diane Dominic Donna Doreen
Dorothy Douglas Duncan Dylan Eamonn Ed Eddie Edward Eileen Elaine Eleanor Elena Eliza Elizabeth Ella Ellen Ellie
Elliot Emily Emma Eric Erica Esther Eve Fatima Faye Felicity Fiona Frances Francesca Francis Frank Fraser Freddie Gail
Gareth Gary Gavin Gemma Geoff Geoffrey George Georgia Georgina Gerald Geraldine Gill Gillian Gina Glenn Gordon Grace
Graham Grant Greg Gregory Hannah Harriet Harry Harvey Hayley Heather Heidi Helen Helena Henry Hilary Holly Hugh Iain
Ian Imogen Imran Isabel Isabella Isabelle Jack Jackie Jacob Jacqueline Jacqui Jade James Jamie Jane Janet Janice
Jason Jasmine Jay Jayne Jean Jeff Jeffrey Jennifer Jenny Jeremy Jess Jessica Jill Jim Jo Joan Joanna Joanne Jodie Joe
Joel John Jon Jonathan Jonny Jordan Joseph Josh Joshua Joy Joyce Judith Judy Julia Julian Julie Juliet Justin Kamal
Karen Kate Katharine Katherine Kathleen Kathryn Kathy Katie Katy Kay Keith Kelly Kemi Ken Kerry Kevin Kim Kirsty Kit
Laura Lauren Layla Leah Lee Leila Len Leo Leon Lesley Leslie Liam Lily Linda Lindsay Lindsey Lisa Liz Lizzie Lorna
Lorraine Louise Lucy Luke Lynn Lynne Maggie Malcolm Mandy Marcus Margaret Maria Marie Marion Mark Martin Martyn Mary
Matt Matthew Maureen Max Megan Mel Melanie Michael Michaela Michelle Mick Mike Miranda Mo Mohammed Mohammad Molly
Munira Nadia Nadine Naomi Natalie Natasha Neil Nell Nick Nicholas Nicola Nicole Nigel Nikki Nina Noel Nora Norman
Olivia Oliver Owen Paddy Pam Pamela Pat Patricia Patrick Paul Paula Pauline Penny Pete Peter Phil Philip Philippa
Phillip Pippa Polly Priti Rachael Rachel Rachael Raj Ralph Rebecca Rhian Rhys Richard Rick Rob Robert Robin Robyn Roger
Ros Rosa Rosalind Rose Rosemary Rosie Ross Rowan Roy Ruth Ryan Sacha Sadiq Sally Sam Samantha Samuel Sandra Sara Sarah
Saj Sajid Scott Sean Seema Shabana Shaun Sheila Shirley Sian Simon Sonia Sophie Stella Stephanie Stephen Steve Steven
Stewart Stuart Sue Susan Suzanne Tania Tanya Ted Teresa Terry Theresa Thomas Tim Timothy Tina Toby Tom Tony Tracey
Tracy Trevor Trish Ursula Valerie Vanessa Vicky Victoria Vince Vincent Wendy Wes Will William Yasmin Yvette Yvonne
Zach Zoe Zara
Abdullah Abimbola Adaeze Adebayo Adeola Adil Adrienne Afzal Agnes Aileen Ailsa Aisling Akash Akhtar Akua Alana Alfie
Alfred Alia Alisha Alys Amal Amara Amardeep Amina Aminah Amira Amrit Anand Aneurin Angharad Anil Anjali Ann-Marie
Annabel Annabelle Anneliese Anoushka Antoinette Anntoinette Anya Aoife Arjun Arlene Arnold Arun Asif Asim Astrid
Aurelie Ayesha Ayo Ayodele Azra Baljit Barnaby Basil Bea Belinda Ben Benedict Benjamin Bernadette Bernard Bharat
Bianca Bilal Blessing Bola Bradley Brett Brigid Bryony Caoimhe Carmen Caron Cassandra Catriona Cerys Chantelle
Chidi Chinedu Chioma Chiara Cian Ciara Ciaran Cillian Clara Claudia Clive Colette Colm Conor Constance Cora Corinne
Cormac Crispin Cynthia Dafydd Daisy Damian Damien Dami Daphne Darcy Darragh Davina Deepa Deepak Deirdre Delroy Demi
Desmond Devon Dhruv Dilys Dina Dinesh Dolores Dominique Dominika Donal Donald Dougie Dympna Eamon Edith Edwina Efua
Eilidh Eimear Ekow Elaine Elif Elise Ellis Eloise Elsie Emeka Emer Emeka Emmanuel Enid Eoin Esme Estelle Ethan Eugene
Evan Evelyn Ewan Ewen Farah Farida Farhan Felix Femi Ffion Finn Finola Florence Folake Funmi Gabriel Gabriella
Gaynor Gemma Genevieve Gerard Gerry Gethin Gideon Giles Gita Gloria Godfrey Grainne Greta Gurinder Gurpreet Gwen
Gwyneth Habib Hafsa Hamid Hamish Hanif Haroon Harjit Harpreet Hasan Hassan Hazel Hector Heena Helga Hema Hester
Hilda Hollie Hussain Hywel Ibrahim Idris Ifeoma Ifor Ikram Ilona Ines Ingrid Iona Iqbal Irene Iris Isaac Isha Ishaq
Ishmael Ismail Ivan Ivor Jacinta Jagdeep Jamal Janine Jaswinder Javed Jaya Jeanette Jemima Jerome Jessie Jimmy
Joanne Jocelyn Johanna Jolene Jonah Josephine Josie Jude Julianne Junaid Kaleem Kamala Kareem Karim Karina Karl
Kasia Katarzyna Kathy Keir Kelvin Kenneth Kenny Kerry-Anne Khadija Khalid Kiran Kirsten Kristina Kwame Kwabena
Lachlan Lakshmi Lara Lateef Leanne Leigh Lena Lenny Lewis Lilian Linh Lloyd Lola Lorenzo Lottie Lubna Lucas Lucia
Lucinda Luis Lydia Lyndsey Madeleine Madhu Mairead Maisie Majid Manjit Manuel Marcia Margot Mariam Marianne Marina
Marjorie Marlene Marsha Martha Mathew Matilda Maxine Maya Meera Mehmet Melissa Meryl Mhairi Miguel Mihai Milan
Millie Minnie Miriam Mohamed Mohammad Moira Monica Morag Morgan Muhammad Mustafa Myra Nabila Nadhim Nana Nasir
Nathan Nathaniel Navin Neena Neha Nerys Niall Niamh Nichola Nicky Nikhil Nimmi Nisha Nita Nkechi Nneka Noor Norah
Nuala Obi Odette Ola Olu Oluwaseun Omar Oona Orla Oscar Osman Pablo Padraig Parveen Pearl Percy Perry Petra Pierre
Piotr Pooja Poppy Prakash Precious Priya Priyanka Rafael Rahul Rajesh Rajinder Rakesh Ramesh Rana Rani Rashid
Rashida Ravi Rehana Reuben Rhiannon Rhona Ricardo Rishi Rita Roisin Roland Ronan Ronald Ronnie Rory Rosalind Rowena
Ruby Rupert Russell Ruairi Sabrina Sadia Saeed Saima Salma Salman Sameer Sana Sandeep Sanjay Sanjeev Santiago Sarita
Saskia Selina Seun Shahid Shakira Shamima Shanaz Shane Shannon Sharon Sheena Shelley Sherry Shona Shreya Siobhan
Sinead Siddharth Sofia Solomon Sonya Stacey Stan Stanley Steph Suki Sunil Sunita Surinder Susannah Suzy Sybil
Tahir Talia Tamsin Tara Tariq Tatiana Temi Tess Tessa Thea Theo Tobias Tomasz Tomos Tunde Uma Una Usha Valentina
Veronica Vikram Vinay Violet Vivienne Wasim Wayne Wilfred Winston Xavier Yasmine Yemi Yusuf Zahra Zainab Zeinab
Zoltan Zubair
""".split())
