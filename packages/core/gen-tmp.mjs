import { textImage, photoWithExif, qrImage } from "/work/wt/images/scripts/image-samples.mjs";
import { writeFileSync } from "node:fs";
const d = "/tmp/images-wt/s/";
writeFileSync(d+"wb.png", await textImage(["Roadmap 2027", "Q3 forecast: -18%", "Project Hydra launch in May"]));
writeFileSync(d+"till.png", await textImage(["TOTAAL DAGOMZET", "EUR 18.412,50", "Kassa 3 - medewerker 0412"], { style: "till", fontSize: 32 }));
writeFileSync(d+"note.png", await textImage(["Wifi kode:", "password: Tulip-Harbor-2026"], { style: "note", fontSize: 36, width: 700 }));
writeFileSync(d+"gps.jpg", await photoWithExif({ lat: 52.0907, lon: 5.1214, artist: "Jane Doe", serial: "SN-48213" }));
writeFileSync(d+"qr.png", await qrImage("WIFI:T:WPA;S:Northwind-Staff;P:Tulip-Harbor-2026;;"));
writeFileSync(d+"menu.png", await textImage(["Lunch menu", "Tomato soup 4.50", "Cheese sandwich 3.75"], { style: "menu" }));
