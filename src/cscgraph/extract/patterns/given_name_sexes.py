"""Given names that are, in British and Irish use, almost always a woman's or almost always a man's: a lexicon, like
a dictionary of words, that lets "she said" skip a "Peter Marsh" named after the "Jane Holloway" it stands for when
no title ("Ms", "Sir") tells. It names no person; names used for both (Sam, Jo, Alex, Chris, Jamie, Kim, Lee, Robin,
Morgan…) are in neither set, and a person whose given name is in neither is read as before."""

FEMALE_GIVEN_NAMES = frozenset("""
Abby Abigail Adele Adrienne Agnes Aileen Ailsa Aisha Aisling Alana Alexandra Alice Alicia Alison Allison Amanda Amber
Amelia Amina Amira Amy Ana Andrea Angela Angharad Angie Anita Ann Anna Anne Anne-Marie Ann-Marie Annabel Annette
Annie Anntoinette Antoinette Antonia Anya Aoife Asha Astrid Ayesha Barbara Beatrice Becky Belinda Bernadette Beth
Bethany Bev Beverley Bianca Brenda Bridget Brigid Bronwen Bryony Caitlin Caoimhe Carla Carmel Carmen Carol Caroline
Carolyn Carrie Cassandra Catherine Cathy Catriona Cecilia Cerys Chantelle Charlotte Cheryl Chloe Christina Christine
Ciara Claire Clara Clare Claudia Colette Constance Corinne Cynthia Daisy Daphne Davina Dawn Debbie Deborah Deirdre
Denise Diana Diane Donna Doreen Dorothy Edith Edwina Eileen Elaine Eleanor Elena Elise Eliza Elizabeth Ella Ellen
Ellie Eloise Elsie Emily Emma Erica Esme Esther Eve Evelyn Faye Fatima Felicity Fiona Florence Frances Francesca Gail
Gaynor Gemma Genevieve Georgia Georgina Geraldine Gill Gillian Gina Gloria Grace Gwen Gwyneth Hannah Harriet Hayley
Hazel Heather Heidi Helen Helena Hilary Hilda Hollie Holly Imogen Ingrid Irene Iris Isabel Isabella Isabelle Jackie
Jacqueline Jacqui Jade Jane Janet Janice Janine Jasmine Jayne Jean Jeanette Jemima Jennifer Jenny Jess Jessica Jill
Joan Joanna Joanne Jodie Josephine Josie Joy Joyce Judith Judy Julia Julie Juliet Karen Kate Katharine Katherine
Kathleen Kathryn Kathy Katie Katy Kelly Kemi Kirsten Kirsty Lara Laura Lauren Layla Leah Leanne Leila Lesley Lilian
Lily Linda Lisa Liz Lizzie Lorna Lorraine Louise Lucy Lydia Madeleine Maggie Mandy Margaret Maria Marianne Marie
Marion Martha Mary Maureen Maxine Maya Megan Melanie Melissa Michaela Michelle Millie Miranda Miriam Moira Molly
Monica Nadia Nadine Naomi Natalie Natasha Niamh Nicola Nicole Nikki Nina Nora Olivia Orla Pam Pamela Patricia Paula
Pauline Penny Petra Philippa Pippa Polly Poppy Priti Priya Rachael Rachel Rebecca Rhian Rhiannon Rita Rosa Rosalind
Rose Rosemary Rosie Ruth Sally Samantha Sandra Sara Sarah Seema Shabana Sharon Sheila Shirley Sian Siobhan Sonia
Sophie Stella Stephanie Sue Susan Suzanne Tamsin Tania Tanya Tara Teresa Tessa Theresa Tina Tracey Tracy Trish
Ursula Valerie Vanessa Vicky Victoria Violet Vivienne Wendy Yasmin Yvette Yvonne Zara Zoe
""".split()) | frozenset(
    # Older and Welsh given names (see `given_names`).
    """Ada Agatha Alma Audrey Bertha Beryl Bessie Bethan Betty Carys Catrin Delyth Dora Doris Edna Eleri Ethel Freya
    Gertrude Gladys Glenda Glenys Henrietta Ida Isla Kayleigh Keeley Lowri Mabel Marian Maud Mavis Muriel Nancy Nia
    Norma Octavia Peggy Phoebe Phyllis Queenie Sylvia Tabitha Tegan Trudy Vera Verity Winifred""".split())

MALE_GIVEN_NAMES = frozenset("""
Aaron Adam Adrian Ahmed Aidan Alan Alastair Albert Alec Alexander Alfie Alfred Alistair Allan Andrew Andy Anthony
Archie Arthur Barry Ben Benedict Benjamin Bernard Bill Billy Bob Bobby Bradley Brendan Brian Bryan Callum Carl
Charles Christopher Ciaran Clive Colin Conor Connor Craig Damian Damien Dan Daniel Danny Darren Dave David Dean Declan
Dennis Derek Desmond Dominic Donald Douglas Duncan Dylan Eamonn Ed Eddie Edward Eric Ethan Ewan Felix Finn Francis
Frank Fraser Freddie Gareth Gary Gavin Geoff Geoffrey George Gerald Gerard Gerry Giles Glenn Gordon Graham Grant Greg
Gregory Hamish Harry Harvey Hector Henry Hugh Iain Ian Imran Isaac Ivan Jack Jacob James Jason Jeff Jeffrey Jeremy
Jim Jimmy Joe Joel John Jon Jonathan Jonny Joseph Josh Joshua Julian Justin Keir Keith Ken Kenneth Kevin Kwame Liam
Lloyd Luke Malcolm Marcus Mark Martin Martyn Matt Matthew Max Michael Mick Mike Mohammed Muhammad Nathan Neil Nick
Nicholas Nigel Noel Norman Oliver Omar Oscar Owen Paddy Patrick Paul Pete Peter Phil Philip Phillip Ralph Rhys
Richard Rick Rishi Rob Robert Roger Ronald Rory Ross Roy Rupert Russell Ryan Samuel Scott Sean Shaun Simon Stephen
Steve Steven Stewart Stuart Ted Thomas Tim Timothy Toby Tom Tony Trevor Tunde Vince Vincent Wayne Wes Will William
Winston Zach
""".split()) | frozenset(
    # Older and Welsh given names (see `given_names`).
    """Aled Arwel Aubrey Bryn Carwyn Cecil Clifford Cyril Dewi Eifion Elfed Emlyn Emyr Ernest Frederick Geraint Glyn
    Gwilym Harold Herbert Horace Hubert Iestyn Ieuan Ioan Islwyn Jasper Leonard Lionel Maurice Melvyn Mervyn Meirion
    Mostyn Neville Osian Oswald Owain Piers Quentin Raymond Reginald Rhodri Rodney Sebastian Sidney Terence Tristan
    Tudur Vernon Walter""".split())
