/**
 * Kế hoạch 222's rows in English, alongside the Vietnamese of ./tth-222.ts (which stays verbatim from the seed):
 * the Nhiệm vụ of Phụ lục 2 and the Dự án of Phụ lục 3, by code. Ours, not the plan's: a reading aid for
 * English-speaking readers; the Vietnamese text is the authority.
 */
export const TTH222_TASKS_EN: Readonly<Record<string, string>> = {
  'I.1': 'Resolution of the Provincial Party Committee on digital transformation',
  'I.2': "Directive of the Provincial People's Committee on digital transformation",
  'I.3': 'Digital-transformation programme',
  'I.4': 'Digital-transformation plan',
  'I.5': 'Training plan raising awareness of digital transformation among the heads of agencies at every level',
  'I.6':
    "Regular instructions of the Chairman of the Provincial People's Committee on carrying out digital transformation (at least 3 a year)",
  'I.7': 'E-government architecture',
  'I.8': 'ICT architecture for smart-city development',
  'I.9': 'Operating rules of the provincial web portal',
  'I.10': 'Operating rules of the public-services portal',
  'I.11': 'Internal and electronic workflows for handling each administrative procedure at every level',
  'I.12': "Plan to digitise the administrative procedures in force within each agency's competence",
  'I.13':
    'Data policies (data strategy, data catalogue, database catalogue, rules for using and exploiting data, open-data plan)',
  'I.14': 'Publishing and updating identifier codes under Decision 20/2020/QĐ-TTg',
  'I.15': 'Rules for periodic reporting that serve area-based management',
  'I.16': 'Updated rules and policies on network information security in the work of state agencies',
  'I.17': 'Digital-transformation policies for each sector (8 priority sectors)',
  'I.18': 'Reorganising the E-government Steering Committee and adding digital transformation to its functions',
  'I.19': 'Standards and rules for dedicated digital-transformation officers',
  'I.20':
    'Reorganising the Department of Information and Communications and adding digital-transformation functions and duties',
  'I.21': "Issuing the province's database catalogue",
  'I.22': 'Plan for information security under the four-layer model',
  'II.1':
    "Hold 25 province-level workshops and conferences promoting digital transformation to the province's officials, civil servants and public employees",
  'II.2':
    'Run at least [one] training programme raising awareness of digital transformation among the heads of agencies at every level',
  'II.3':
    "Hold at least 15 meetings and conferences on digital transformation chaired by the Chairman of the Provincial People's Committee",
  'II.4': 'Produce 25 sets of materials promoting digital transformation',
  'II.5': 'Put the digital-government architecture into practice',
  'II.6': 'A mechanism for businesses to use the Science and Technology Development Fund for digital transformation',
};

export const TTH222_PROJECTS_EN: Readonly<Record<string, string>> = {
  'A.I.1':
    'Training programme raising awareness and digital skills in state agencies (information-security awareness included)',
  'A.I.2':
    'Digital-leadership training programme for leaders at every level of state agencies (information-security awareness included)',
  'A.I.3': 'Programme raising awareness, capacity and skills for the digital economy',
  'A.I.4': 'Programme training 50 digital specialists in state agencies (information-security skills included)',
  'A.I.5':
    "A section on the province's digital-transformation plan and its results on the provincial web portal and the agencies' websites",
  'A.I.6': 'Bringing the Hue-S app to every smartphone user of Thừa Thiên Huế province',
  'A.I.7': 'Digital-transformation columns in Thừa Thiên Huế Newspaper and on the provincial radio and television',
  'A.II.1':
    'Completing the shared data centre; cloud-computing infrastructure for the digital-transformation programme to 2030',
  'A.II.2': 'Completing the hot-standby backup centre for the digital-transformation programme to 2030',
  'A.II.3': 'Disaster-recovery infrastructure for the digital-transformation programme to 2030',
  'A.II.4': "Moving state agencies' IP addressing to the next-generation protocol (IPv6)",
  'A.II.5': 'Upgrading the dedicated data network of state agencies for the digital-transformation programme',
  'A.II.6': 'IoT infrastructure for digital transformation and smart-city services',
  'A.II.7': 'Next-generation (5G) coverage of the whole province for the digital society and smart-city services',
  'A.III.1': 'Digitising sector data',
  'A.III.2': 'Standardising the shared data of businesses and organisations',
  'A.III.3':
    "Upgrading the planning-and-investment sector's infrastructure; completing its management information systems; an information system for socio-economic indicators",
  'A.III.4': "Connecting and sharing sector databases through the province's LGSP integration platform",
  'A.III.5': 'Integrating data on a big-data platform with big-data analytics tools',
  'A.IV.1': 'Digital-transformation architecture and digital platform systems',
  'A.IV.2':
    'Integration with the key digital platforms: digitisation, electronic identity, Internet of Things (IoT), big data, artificial intelligence (AI), blockchain',
  'A.IV.3':
    'Connecting, integrating and sharing with the databases of public-utility, social and public-service providers',
  'A.IV.4': 'A smart public-address radio network',
  'A.V.1': 'An information-security monitoring and operations centre (SOC)',
  'A.V.2': 'Digital signatures for every state agency and unit and every civil servant and public employee',
  'A.V.3': 'A platform and technical standards for information security in digital transformation to 2030',
  'A.V.4': 'An identity-authentication system on the digital platform',
  'A.VI.1': 'In-depth training in new technologies for dedicated IT officers',
  'A.VI.2': "Training civil servants and public employees to use the province's information systems",
  'A.VI.3': "Training civil servants and public employees to analyse and process the province's data",
  'B.1': 'An integration and sharing platform completing digital government',
  'B.2': 'Upgrading the document-management and workflow system towards smart services',
  'B.3':
    "Moving the shared information systems of the province's state agencies to the E-government Architecture 2.0 and the smart-city ICT architecture",
  'B.4':
    'Upgrading the public-services information system to new practical needs, with a pilot of public services anytime, anywhere',
  'B.5':
    'A standard digital-office information system and digital meeting rooms integrated with smart sector-monitoring centres in state agencies',
  'B.6':
    'A digital map, a social network for civil servants and public employees and basic AI services (data collection, decision support) for state management on the digital platform',
  'B.7': "The digital command and operations centre of the Provincial People's Committee",
  'C.1': 'Developing e-commerce in Thừa Thiên Huế province',
  'C.2': 'Scheme for developing digital businesses',
  'C.3': 'Innovative start-up programme promoting the digital economy',
  'C.4': 'Digital infrastructure for cashless payment in Thừa Thiên Huế province',
  'D.1': 'Fibre-optic cable to every commune, ward and township of the province',
  'D.2': 'Smartphones for all: every resident able to have a smartphone',
  'D.3': 'Completing the unified shared mobile app for digital transformation and smart-city services (Hue-S)',
  'D.4': 'Public Wi-Fi for visitors and residents',
  'E.1': 'Scheme for smart-city services 2021–2025 with a view to 2030',
  'E.2':
    'A digital platform and smart health services reaching the grassroots, ready to join the national smart-health network',
  'E.3':
    'A digital platform and smart education services reaching the grassroots, ready to join the national smart-education network',
  'E.4': 'A digital platform and smart tourism services',
  'E.5':
    "A digital platform and full digital transformation of culture and sport: the sector's smart services, virtual and augmented reality (AR/VR) at the province's heritage sites and destinations",
  'E.6': 'A digital platform and smart traffic monitoring and control services',
  'E.7': 'Information technology in the work of logistics centres',
  'E.8':
    'Digital transformation in agriculture: applications and advances in water management, water-saving irrigation and climate adaptation, towards smart agriculture',
  'E.9':
    'Smart monitoring of reservoirs and dams (operation, rainfall), of pollution in industrial zones, air and water, of clean-water supply, of land pollution and noise; smart assessment of green-city development and energy saving',
  'E.10': 'Carrying out the scheme for IT human resources to 2025',
  'E.11': 'An innovative start-up ecosystem',
};

/**
 * The seed's own text where a scan lost letters and the row's text was repaired (each repair is an erratum):
 * kept verbatim, as the criteria catalogue keeps `seedText`.
 */
export const TTH222_SEED_TEXTS: Readonly<Record<string, string>> = {
  'task I.3': 'Chương trình chuyển đổi s',
  'project A.I.4':
    'Chương trình đào tạo 50 cán bộ chuyên gia strong các cơ quan nhà nước (bao gồm cả nghiệp vụ an toàn thông tin)',
  'project A.IV.2':
    'Tích hợp lên các nền tảng số quan trọng: Số hóa, định danh điện tử, Internet vạn vật (IOT), Dữ liệu lớn (Big Data), Trí tuệ nhân tạo (AI), Nn tảng chui khối (Blockchain)',
  'project A.IV.3':
    'Kết ni, tích hợp và chia sẻ với các cơ sở dữ liệu của các đơn vị cung cấp dịch vụ công ích, xã hội và các dịch vụ công cộng',
  'project B.1': 'Triển khai nền tảng tích hp, chia shoàn thiện phát triển chính quyền số',
  'project C.3': 'Triển khai chương trình khởi nghiệp sáng tạo thúc đẩy phát triển kinh tế s',
  'section A.II': 'Phát triển hạ tầng s',
  'section A.IV': 'Xây dựng nền tảng s',
};
