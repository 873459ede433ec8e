#include "demo/DemoNames.h"

#include <array>

// clang-format off
namespace rapport::demo {
namespace {

using SV = std::string_view;

constexpr std::array<SV, industryCount> industryNames{"Construction", "Logistics", "Software", "Wholesale & Retail",
    "Manufacturing", "Food & Beverage", "Healthcare", "Hospitality", "Agriculture", "Consulting", "Energy",
    "Automotive"};

constexpr std::array<SV, 10> tagNames{"vip", "wholesale", "newsletter", "partner-candidate", "trade-fair", "reseller",
    "key-account", "referral", "export", "late-payer"};

constexpr std::array<DemoUser, 6> userTable{{
    {"Katarzyna Nowak", "katarzyna.nowak@rapport-demo.example", "manager"},
    {"James Whitmore", "james.whitmore@rapport-demo.example", "sales"},
    {"Ελένη Αλεξίου", "eleni.alexiou@rapport-demo.example", "sales"},
    {"Дмитрий Орлов", "dmitry.orlov@rapport-demo.example", "sales"},
    {"Lucía Fernández", "lucia.fernandez@rapport-demo.example", "sales"},
    {"رضا احمدی", "reza.ahmadi@rapport-demo.example", "sales"},
}};

constexpr std::array<SV, 8> phoneSubjects{"Follow-up call", "Introductory call", "Question about the invoice",
    "Price enquiry", "Delivery date check", "Renewal reminder", "Complaint about a late delivery",
    "Call about the new catalogue"};
constexpr std::array<SV, 8> emailSubjects{"Quotation", "Order confirmation", "Re: price list", "Invoice sent",
    "Meeting summary", "Product brochure", "Re: delivery schedule", "Contract draft for review"};
constexpr std::array<SV, 5> smsSubjects{"Delivery reminder", "Meeting reminder", "Payment received", "Call me back",
    "Order shipped"};
constexpr std::array<SV, 6> meetingSubjects{"Quarterly review", "Product demonstration", "Contract negotiation",
    "Kick-off meeting", "Annual planning", "Lunch with the buyer"};
constexpr std::array<SV, 4> visitSubjects{"Site visit", "Showroom visit", "Warehouse audit", "Installation check"};
constexpr std::array<SV, 3> letterSubjects{"Signed contract", "Annual statement", "Formal offer"};
constexpr std::array<SV, 2> faxSubjects{"Signed order form", "Customs documents"};
constexpr std::array<SV, 4> chatSubjects{"Website chat", "Question about stock", "Tracking number",
    "Discount code"};
constexpr std::array<SV, 3> voipSubjects{"Video call", "Screen-share demo", "Remote training"};
constexpr std::array<SV, 4> noteSubjects{"Internal note", "Budget approved next quarter", "Decision maker changed",
    "Competitor offer received"};

constexpr std::array<SV, 12> outcomeTable{"Interested", "Sent a quotation", "Order placed", "Call back next week",
    "No answer", "Left a voicemail", "Not interested", "Meeting booked", "Waiting for budget", "Resolved",
    "Escalated to the manager", "Needs a technical answer"};

constexpr std::array<SV, 6> bodyTable{"Discussed volumes for the next quarter; they want a 5% discount above 500 units.",
    "Customer asked for the updated price list and delivery times.",
    "Went through the contract line by line; legal will reply by Friday.",
    "They are comparing us with two other suppliers.",
    "Confirmed the delivery address and the invoice details.",
    "Demo went well; the buyer wants a trial order."};

constexpr std::array<SV, 12> taskTitleTable{"Send updated price list", "Follow up on the quotation",
    "Prepare contract renewal", "Call about overdue invoice", "Book a product demo", "Send the catalogue",
    "Check delivery status", "Update contact details", "Prepare the quarterly review", "Send a thank-you note",
    "Ask for a reference", "Confirm meeting agenda"};
constexpr std::array<SV, 4> taskNoteTable{"Ask for the new purchasing contact.", "Bring samples.",
    "Mention the spring promotion.", "Check credit limit first."};

} // namespace

std::span<const std::string_view> industries() { return industryNames; }
std::span<const std::string_view> tags() { return tagNames; }
std::span<const DemoUser> users() { return userTable; }
std::span<const std::string_view> interactionOutcomes() { return outcomeTable; }
std::span<const std::string_view> interactionBodies() { return bodyTable; }
std::span<const std::string_view> taskTitles() { return taskTitleTable; }
std::span<const std::string_view> taskNotes() { return taskNoteTable; }

std::span<const std::string_view> interactionSubjects(std::string_view channel) {
    if (channel == "phone") return phoneSubjects;
    if (channel == "email") return emailSubjects;
    if (channel == "sms") return smsSubjects;
    if (channel == "meeting") return meetingSubjects;
    if (channel == "visit") return visitSubjects;
    if (channel == "letter") return letterSubjects;
    if (channel == "fax") return faxSubjects;
    if (channel == "chat") return chatSubjects;
    if (channel == "voip") return voipSubjects;
    return noteSubjects;
}

} // namespace rapport::demo
// clang-format on
